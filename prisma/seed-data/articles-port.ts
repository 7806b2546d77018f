/** Story cluster: the Saltmarsh Harbour port strike (tags: saltmarsh-port-strike, dockworkers). */
import { withHero } from "./hero";
import type { SeedArticle } from "./types";

export const portArticles: SeedArticle[] = [
  withHero({
    slug: "saltmarsh-dockworkers-vote-to-strike-over-automated-cranes",
    title: "Saltmarsh dockworkers vote to strike over automated cranes",
    dek: "Crane operators and lashers at the coast's second-busiest container terminal will walk out on Monday unless the port authority pauses its automation plan.",
    excerpt:
      "Dockworkers at Saltmarsh Harbour voted by a large margin to strike from Monday, saying a plan to install remote-controlled cranes was drawn up without them and threatens hundreds of skilled jobs.",
    section: "business",
    source: "harbour-ledger",
    authors: ["maren-holt"],
    tags: ["saltmarsh-port-strike", "dockworkers", "automation", "labour"],
    hoursAgo: 330,
    body: `Dockworkers at Saltmarsh Harbour have voted to strike from Monday morning, setting up the first full stoppage at the container terminal in almost two decades.

Of the 1,140 members of the Harbour and Quayside Workers' Association who cast ballots, 88 per cent backed a walkout. Turnout was 91 per cent, a figure union organisers described as "the loudest thing this port has heard since the foghorn was retired".

The dispute centres on the Saltmarsh Port Authority's plan to replace six of the terminal's nine ship-to-shore cranes with remote-operated models over the next three years. Operators would sit in a control building on the far side of the estuary, and the authority says each crane would need roughly a third of the current crew.

## What the two sides say

The authority argues the change is unavoidable. Larger ships are already calling at rival ports along the coast, and its chief executive, Greta Vanstone, told the Ledger in a statement that "a port that cannot handle the next generation of vessels will not be handling any vessels at all in twenty years".

The workers do not dispute that the cranes are ageing. What they object to, they say, is that the plan was published in full before a single crane driver was asked about it.

> "We found out from a tender document on the authority's website. Some of us have been in those cabs for thirty years. We know where the wind catches a box, we know which berths silt up. Nobody asked." — Dell Okoro, crane operator and union steward

The union is asking for a two-year pause on the tender, a guarantee of no compulsory redundancies, and a joint committee to oversee training for remote operation. The authority has offered retraining for 200 staff and a voluntary redundancy scheme, but has refused to pause the procurement.

## What a strike would mean

Saltmarsh handles around a fifth of the coast's container traffic, much of it food, building materials and components for factories in the inland cities. Freight forwarders have already begun warning customers of delays; one, [Tidewater Logistics](https://tidewaterlogistics.example/notices), advised clients to move urgent cargo through the northern ports "where possible".

Harbour pilots and tug crews, who belong to a different union, have said they will not cross picket lines but have not balloted for action themselves.

The town itself is watching nervously. Cafés along Quay Street rely on shift workers, and the harbour's annual open day, due in three weeks, may be cancelled.

Talks between the two sides are scheduled for Friday at the offices of the regional mediation service. Both say they are willing to attend. Neither says it is willing to move.

"We are not against the future," Okoro said as members left the ballot count at the Seafarers' Hall. "We just want to be in the room when it's decided."`,
  }),
  withHero({
    slug: "container-ships-queue-off-saltmarsh-as-strike-enters-second-day",
    title: "Container ships queue off Saltmarsh as strike enters second day",
    dek: "Fourteen vessels are anchored in the bay and shipping lines have begun diverting cargo as talks stall.",
    excerpt:
      "Fourteen container ships were at anchor off Saltmarsh Harbour on Tuesday as a dockworkers' strike over automated cranes entered its second day, with mediators reporting no progress.",
    section: "world",
    source: "meridian-wire",
    authors: ["tobias-wren", "yusuf-halvorsen"],
    tags: ["saltmarsh-port-strike", "dockworkers", "shipping"],
    hoursAgo: 266,
    updatedHoursAgo: 262,
    body: `SALTMARSH HARBOUR — Fourteen container ships lay at anchor in the bay on Tuesday, their hulls lined up along the horizon like a second breakwater, as a strike by dockworkers at the port entered its second day.

The stoppage, called over the port authority's plan to introduce remote-operated cranes, has halted all container handling at the terminal. Bulk and ferry berths, operated by separate companies, are running normally.

Tracking data compiled by the wire showed vessels waiting an average of 31 hours. At least three shipping lines have told customers they will skip Saltmarsh on their next rotation and discharge cargo at ports further north, adding up to two days of road or rail haulage for goods bound for the inland cities.

## Talks stall

Negotiators met for six hours on Monday at the regional mediation service. A mediator familiar with the talks, who asked not to be named because the discussions are confidential, said the sessions had been "civil but circular".

The port authority has offered to extend its retraining programme to all crane staff and to delay the first crane replacement by six months. The union has rejected the offer, saying it still wants the entire tender paused and a guarantee against compulsory job losses.

"Six months is a waiting room, not a deal," said a union negotiator outside the mediation offices.

The authority said in a statement that it "remains committed to a negotiated outcome" but that it had "obligations to customers and to the long-term viability of the port".

## Wider effects

Economists warned that a prolonged stoppage could ripple quickly through the region. Saltmarsh is the main entry point for refrigerated fruit and for components used by several manufacturers in the interior.

- Refrigerated containers already on the quay are being kept powered by a skeleton crew under an agreement reached before the strike.
- Ferry services to the offshore islands are unaffected.
- The authority estimates each day of stoppage costs the port about 2 per cent of its monthly revenue.

Shipping analysts noted that the dispute reflects a wider pattern. Ports around the world are weighing automation against labour relations, and few have managed the transition without conflict. A report last year by the [Coastal Freight Institute](https://coastalfreight.example/reports/automation) found that terminals which negotiated automation with unions in advance took longer to convert but suffered far fewer stoppages.

On the picket line at the main gate, workers had set up a brazier and a table of donated soup. Several ships' crews, unable to come ashore, sounded their horns as the morning shift change passed.

"They know what this is about," said one lasher, gesturing to the anchored ships. "Half of them have seen the same thing happen in their own ports."

No new talks had been scheduled by Tuesday evening.`,
  }),
  withHero({
    slug: "inland-manufacturers-count-cost-of-saltmarsh-port-shutdown",
    title: "Inland manufacturers count cost of Saltmarsh port shutdown",
    dek: "Factories that run on just-in-time deliveries are cutting shifts, renting warehouses and asking whether one port should matter this much.",
    excerpt:
      "With the Saltmarsh container terminal shut for a fourth day, manufacturers in the inland cities are cutting shifts and scrambling for stock, reviving an old argument about relying on a single port.",
    section: "business",
    source: "fieldstone-gazette",
    authors: ["kwame-adjei-ross"],
    tags: ["saltmarsh-port-strike", "supply-chains", "manufacturing"],
    hoursAgo: 218,
    body: `At the Corrin Valve Works on the edge of Fieldstone, the night shift has been cancelled for the rest of the week. The factory is not short of orders. It is short of brass castings, and the castings are sitting in a container on the quay at Saltmarsh Harbour, 180 kilometres away, behind a picket line.

"We carry about four days of stock," said operations manager Hettie Blaine. "That was a sensible number for fifteen years. This week it is not a sensible number."

The strike at Saltmarsh, now in its fourth day, has turned an abstract debate about port automation into a very concrete problem for the inland cities. Manufacturers, food wholesalers and builders' merchants here receive much of their imported material through the terminal, and alternatives are slow and expensive.

## The arithmetic of a detour

Rerouting a container through the northern ports adds between 250 and 400 kilometres of road or rail haulage, according to figures from the Inland Chamber of Commerce. Hauliers have raised spot prices by roughly 40 per cent since Monday.

The chamber surveyed 120 members on Wednesday. Its findings:

- 38 per cent said they had already reduced production or shifts.
- 61 per cent expected to do so if the strike lasts beyond next week.
- Only 9 per cent said they had a tested plan for sourcing through another port.

"For a generation we have optimised for cost, not for resilience," said the chamber's chief economist, Pavel Nurmi. "Just-in-time works beautifully right up until the moment it doesn't."

## Sympathy, with limits

What is striking in conversations with business owners is how few blame the dockworkers outright. Several said they had some sympathy with workers who learned of the automation plan from a tender notice.

"I wouldn't want to find out my job was being redesigned from a website either," said Blaine. "But I have 140 people here who also have mortgages."

Others are more impatient. A furniture maker who asked not to be named said he had lost a contract with a hotel chain because upholstery fabric was stuck on the quay. "Everyone has a good reason," he said. "Meanwhile I have no sofas."

## Longer-term rethink

The episode is already prompting changes. Two larger firms told the Gazette they were negotiating warehouse space in the inland freight hub at Marrow Junction to hold several weeks of critical stock. The regional development agency has said it will publish a review of "single points of failure" in the area's supply chains; an earlier version is available on the [agency's site](https://inlanddevelopment.example/resilience).

Whether the strike ends next week or next month, Nurmi thinks the lesson will stick. "Every finance director in this city now knows exactly how many days of castings they hold. That knowledge won't go away."`,
  }),
  withHero({
    slug: "the-songs-of-the-saltmarsh-picket-line",
    title: "The songs of the Saltmarsh picket line",
    dek: "At the harbour gate, striking dockworkers have revived a repertoire of work songs that most of them learned from their grandparents.",
    excerpt:
      "A brazier, a folding table and a repertoire of old harbour work songs: how the Saltmarsh picket line became, unexpectedly, the best free concert on the coast.",
    section: "culture",
    source: "lantern-review",
    authors: ["esme-varga"],
    tags: ["saltmarsh-port-strike", "folk-music", "labour"],
    hoursAgo: 190,
    body: `The first song I heard at the gate of Saltmarsh Harbour was not a protest song at all. It was a hauling shanty about a cook who burns the porridge, sung in a ragged call-and-response by about thirty people in high-visibility jackets, and it was very funny.

"We're not going to stand here for twelve hours chanting slogans," said Ruth Abernath, a lasher who has worked at the terminal for nineteen years and who leads most of the singing. "You'd go mad. So we sing the old stuff."

The old stuff turns out to be a remarkable body of music. Saltmarsh was a working harbour long before containers, and the songs of its stevedores, net-menders and coal heavers were collected in the 1950s by a local schoolteacher whose notebooks are now held at the town library. Many of the strikers learned the tunes as children, at weddings and wakes, without ever thinking of them as a tradition.

## A repertoire with a purpose

Work songs were practical. They set the rhythm for hauling, lifting and rowing, and they carried news, complaints and jokes about the bosses. Listening at the picket, it is hard not to notice how many of them are about exactly the subject of this dispute: machines arriving and men wondering where that leaves them.

One, "The Steam Winch Came on Tuesday", dates from the arrival of powered cargo gear in the harbour more than a century ago. Its final verse, about a winch that breaks down and has to be hauled off by hand, drew the loudest cheer of the afternoon.

> "Every generation on this quay has had a new machine to argue with. The songs are how we remember we survived the last one." — Ruth Abernath

## Passers-by join in

Word has spread. On Wednesday evening a fiddler from the folk club in the next town turned up, followed by a choir from the secondary school and a retired harbour pilot with an accordion. Somebody has started recording the sessions on a phone and posting them to a [community archive](https://saltmarshsongs.example).

There is a risk, of course, of romanticising a dispute that is about wages, skills and the future of several hundred families. Nobody on the picket line is striking for the sake of folk music. Several workers were quick to point out that the singing stops the moment the cold gets into their hands.

But culture is not decoration here. The songs give a picket line, which can be a tense and lonely place, a shape and a sense of continuity. They remind everyone, including the port authority officials who drive past each morning, that the harbour has a memory.

As the light went on Thursday, the group finished with a slow song about a boat coming home in fog. Nobody announced it. The brazier cracked, a ship's horn sounded out in the bay, and for a minute the only other sound was the tide.`,
  }),
  withHero({
    slug: "rail-freight-yards-fill-as-northern-shippers-reroute-around-strike",
    title: "Rail freight yards fill as northern shippers reroute around strike",
    dek: "The valley rail line is running extra container trains from the northern ports, and the sidings at Ashby Cross are full for the first time in years.",
    excerpt:
      "The Saltmarsh strike has sent container traffic north, and the valley railway is running night trains to keep up. Sidings at Ashby Cross are full for the first time in a decade.",
    section: "business",
    source: "northgate-courier",
    authors: ["jonah-abernethy"],
    tags: ["saltmarsh-port-strike", "rail-freight", "supply-chains"],
    hoursAgo: 118,
    body: `The sidings at Ashby Cross have not looked like this since the coal trains stopped running. On Friday morning every one of the yard's eleven tracks held a string of containers, and a twelfth train was waiting on the main line for a space to open up.

The strike at Saltmarsh Harbour, now in its second week, has pushed a wave of cargo to the northern ports, and much of it is travelling inland on the valley railway. Valley Freight Lines, which operates the route, has added four night services and borrowed locomotives from a heritage railway to haul them.

"We've gone from nine container trains a week to twenty-two," said yard supervisor Ilse Marr, standing on a footbridge above the sidings. "Nobody here is complaining about the overtime. They are complaining a bit about the sleep."

## A line that had been written off

For years, the valley line was a candidate for closure. Freight volumes fell steadily as hauliers moved to the motorway, and the council debated turning part of the track bed into a cycleway as recently as last spring.

Now local officials are talking about it very differently. Councillor Bram Ostrowski, who chairs the transport committee, said the strike had been "a live demonstration of why we keep a second route open".

"We have spent a decade asking what this railway is for," he said. "This fortnight has answered the question."

## Bottlenecks

The surge has not been smooth. The single-track section between Ashby Cross and the river bridge can handle only one train in each direction every forty minutes, and signallers have had to juggle freight paths around the regular passenger service. Commuters have seen several evening trains delayed by up to twenty minutes.

Road haulage has also increased. Residents on Mill Lane, which leads to the yard, said lorries had been queuing past their houses late into the night to collect containers.

- Valley Freight Lines says it will publish a revised timetable for the coming week on its [service updates page](https://valleyfreight.example/updates).
- The council has asked hauliers to avoid Mill Lane between 10pm and 6am.
- Passenger operators say they expect delays to ease once the extra freight paths are fixed.

## After the strike

What happens when Saltmarsh reopens is an open question. Some shippers say they will return immediately, since the southern port is closer to most inland customers. Others say they will keep part of their traffic in the north as insurance.

Marr, for her part, is cautiously hopeful. "If even a quarter of this stays, the yard has a future," she said. "If it all goes back, we'll have had a very busy fortnight and a lot of stories."`,
  }),
  withHero({
    slug: "saltmarsh-port-strike-ends-with-tentative-deal-on-crane-automation",
    title: "Saltmarsh port strike ends with tentative deal on crane automation",
    dek: "Dockworkers will return on Thursday after the port authority agreed to a joint oversight board, a slower rollout and no compulsory redundancies.",
    excerpt:
      "The twelve-day strike at Saltmarsh Harbour is over. Under a tentative deal, remote-operated cranes will arrive more slowly, under a joint union-management board, with no compulsory job losses.",
    section: "business",
    source: "harbour-ledger",
    authors: ["maren-holt", "tobias-wren"],
    tags: ["saltmarsh-port-strike", "dockworkers", "automation", "labour"],
    hoursAgo: 3,
    updatedHoursAgo: 1,
    isLead: true,
    leadOrder: 1,
    pinnedRelated: [
      "saltmarsh-dockworkers-vote-to-strike-over-automated-cranes",
      "container-ships-queue-off-saltmarsh-as-strike-enters-second-day",
      "inland-manufacturers-count-cost-of-saltmarsh-port-shutdown",
    ],
    body: `The strike at Saltmarsh Harbour is over. After twelve days, three rounds of mediation and one all-night session that ended with bacon rolls on the mediation service's fire escape, the dockworkers' union and the port authority announced a tentative agreement early on Wednesday.

Crane operators and lashers will return to work at the start of Thursday's morning shift, pending a ratification vote next week. Union leaders said they would recommend the deal.

## What is in the deal

The agreement does not stop automation. It changes its pace and, crucially, who gets a say. According to a summary released by both sides:

- **A joint oversight board** of four union and four authority representatives, with an independent chair, will approve each stage of the crane replacement programme.
- **A slower timetable**: the first remote-operated crane will arrive in eighteen months rather than six, and the last no earlier than five years from now.
- **No compulsory redundancies** for staff employed at the terminal on the date of the agreement.
- **Paid retraining** for every crane operator who wants it, with the first cohort chosen by seniority.
- A review of the control-room design, with operators involved in testing before anything is purchased.

The authority had previously refused to pause its tender. Under the deal, the tender continues, but the final contract cannot be signed until the oversight board has reviewed it.

> "We asked to be in the room. Now we have a chair at the table and a key to the door." — Dell Okoro, crane operator and union steward

## How it was reached

People involved in the talks credited two things: a change of lead negotiator on the authority's side at the weekend, and mounting pressure from customers. Several shipping lines had told the authority they would review their long-term contracts if the dispute lasted into a third week.

Greta Vanstone, the authority's chief executive, said in a statement that the deal was "a better plan than the one we started with" and that the port would "modernise with its workforce rather than around it". It was the first time she had publicly acknowledged that the original process had gone wrong.

## Clearing the backlog

The harbourmaster's office expects it to take at least ten days to clear the queue of ships in the bay and the containers stranded on the quay. Priority will go to refrigerated cargo and to vessels that have waited longest. Shipping lines that diverted to the northern ports will decide individually when to return.

Businesses inland greeted the news with relief. "I'll believe it when the castings arrive," said one factory manager in Fieldstone, "but I'm going to bed happy tonight."

On Quay Street, the café opposite the main gate put a sign in its window within an hour of the announcement: *Welcome back. First tea's on us.*

*This article was updated to include the authority's statement and details of the ratification vote.*`,
  }),
];
