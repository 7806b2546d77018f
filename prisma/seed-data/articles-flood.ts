/** Story cluster: the Velden flood-barrier vote (tags: velden-flood-barrier, river-aske). */
import { withHero } from "./hero";
import type { SeedArticle } from "./types";

export const floodArticles: SeedArticle[] = [
  withHero({
    slug: "velden-council-sets-date-for-vote-on-river-aske-flood-barrier",
    title: "Velden council sets date for vote on River Aske flood barrier",
    dek: "After three years of studies and two floods, councillors will decide next month whether to build a movable barrier across the river.",
    excerpt:
      "Velden's council will vote next month on whether to build a movable flood barrier across the River Aske, the city's largest public works project in half a century and its most divisive.",
    section: "climate",
    source: "northgate-courier",
    authors: ["jonah-abernethy"],
    tags: ["velden-flood-barrier", "river-aske", "local-government", "flooding"],
    hoursAgo: 421,
    body: `Velden's city council will vote on the fourth of next month on whether to build a movable flood barrier across the River Aske, ending three years of consultation on the biggest public works project the city has considered in half a century.

The date was agreed on Tuesday night after a short and unusually quiet meeting. Council leader Marit Solberg said the city had "studied this question from every angle a river has" and that residents deserved a decision before the autumn storm season.

## The proposal

The scheme, drawn up by the council's engineering department with outside consultants, would place a row of five steel gates on the river bed just below the old stone bridge. In normal conditions the gates would lie flat, leaving the channel open for boats and fish. When a surge is forecast they would rise on hydraulic arms to close the river to tidal water.

The estimated cost is 1.4 billion in public money over eight years, with about a third expected from national flood-defence funds. Supporters say that without it, much of the old town and the low-lying Eastbank district will flood several times a decade by mid-century.

Velden has already had two warnings. Four winters ago, a storm surge pushed the Aske over its embankments and flooded 600 homes. Two years later a smaller surge came within ten centimetres of doing the same.

## A city divided

Opposition comes from several directions, and not all of them agree with each other.

- Some residents of the western suburbs, which sit on higher ground, object to the cost and to the likely rise in council tax.
- Fishing communities downstream fear the barrier will change the estuary's tides and silt.
- A group of engineers and academics argue that a cheaper mix of raised embankments, floodable parks and relocating the most exposed homes would do the job without a single large structure.

"Nobody in this chamber is against protecting Eastbank," said Councillor Eoin Farrah, who leads the sceptics. "The question is whether one giant gate is the only way, or just the most impressive."

## What happens next

The council will publish the final engineering report and an independent cost review two weeks before the vote. Public meetings are planned in each ward; dates are listed on the [council's consultation page](https://velden.example/aske-barrier).

The vote requires a simple majority of the 47 councillors. Informal counts by the Courier suggest the outcome is genuinely uncertain, with around a dozen members undeclared.

In Eastbank, where flood marks from four years ago are still visible on some walls, residents have begun putting posters in their windows. Most of them say the same thing: *Build it.*`,
  }),
  withHero({
    slug: "engineers-split-over-veldens-movable-barrier-design",
    title: "Engineers split over Velden's movable barrier design",
    dek: "Independent reviewers agree the city needs protection from surges, but not on whether a single steel barrier is the right answer.",
    excerpt:
      "Two independent reviews of Velden's proposed River Aske barrier reach opposite conclusions, exposing a deep disagreement among engineers about how cities should adapt to rising water.",
    section: "climate",
    source: "meridian-wire",
    authors: ["priya-castellane"],
    tags: ["velden-flood-barrier", "river-aske", "engineering", "sea-level-rise"],
    hoursAgo: 301,
    body: `Two independent reviews of the movable flood barrier proposed for the River Aske in Velden have reached opposite conclusions, deepening a disagreement among engineers that mirrors a wider global debate about how cities should adapt to rising seas.

The first review, commissioned by the city council, found the five-gate design "robust, proportionate and buildable", and said it would protect the old town and the Eastbank district against a one-in-200-year surge until at least the end of the century.

The second, produced by a group of university hydrologists and retired flood engineers who call themselves the Aske Alternatives Panel, argued that a barrier would lock the city into a single expensive solution just as uncertainty about future sea levels is growing.

## Big gate or many small fixes

At the heart of the split is a question that has divided coastal planners for decades: is it better to build one large structure that holds the water back, or many smaller measures that let the city live with it?

Proponents of the barrier point to its reliability. "When a surge is coming, you close the gates and the city is dry," said Annika Rask, a coastal engineer who worked on the council's review. "It is a clear, testable system. Residents understand it."

The alternatives panel counters that large barriers carry their own risks. They need decades of maintenance, they can fail in ways that are hard to foresee, and they can encourage building in places that should not be built on.

> "A barrier is a promise that the water will never come in. That is a very big promise to make about the second half of this century." — Professor Lennart Hviid, Aske Alternatives Panel

The panel's preferred option combines higher embankments in Eastbank, a network of parks and sports pitches designed to flood safely, and a voluntary buy-out scheme for around 200 of the most exposed homes.

## The uncertainty problem

Both reviews rely on the same sea-level projections, but read them differently. The council's review designs for a mid-range scenario and notes that the gates could be raised further later. The panel argues that the upper end of the projections is now plausible enough that any design should be judged against it.

A summary of the projections used by both groups has been published by the [regional climate service](https://climateservice.example/aske).

## Costs

The council estimates the barrier at 1.4 billion over eight years. The panel puts its alternative at around 900 million, though the council disputes that figure, arguing it underestimates the cost of buying and clearing homes.

Velden's councillors will vote on the barrier later this month. Several told the wire privately that the duelling reports had made their choice harder, not easier.

"I was hoping the experts would tell me the answer," one said. "Instead they have told me the question is harder than I thought."`,
  }),
  withHero({
    slug: "downstream-fishing-towns-fear-velden-barrier-will-starve-estuary",
    title: "Downstream fishing towns fear Velden barrier will starve the estuary",
    dek: "Oyster growers and inshore fishers at the mouth of the Aske say nobody has modelled what the gates will do to their tides.",
    excerpt:
      "At the mouth of the River Aske, oyster growers and inshore fishers worry that Velden's proposed flood barrier will change tides and silt in ways no study has properly measured.",
    section: "climate",
    source: "harbour-ledger",
    authors: ["maren-holt", "priya-castellane"],
    tags: ["velden-flood-barrier", "river-aske", "fisheries", "estuaries"],
    hoursAgo: 203,
    body: `Forty kilometres downstream of Velden, where the River Aske widens into a shallow, silver estuary, Jory Penhallow checks his oyster trestles at low tide. The flood barrier the city will vote on next week would sit nowhere near his beds. He is still worried about it.

"Every grain of mud out here came down that river," he said, crouching to lift a mesh bag of shells. "If you put a gate in the river, you change what comes down. Maybe not much. But nobody has told me how much."

Penhallow is one of around sixty oyster growers, mussel farmers and small-boat fishers in the villages of Stenmouth and Carrow who have written to Velden's council asking it to delay the vote until a full study of the estuary is done.

## The question of silt

The council's engineering report says the barrier's gates will lie flat on the river bed for more than 95 per cent of the year, and that the effect on tides and sediment downstream will be "negligible". It cites modelling carried out by its consultants.

Estuary users say that modelling focused on the river near the city, not on the mudflats and channels at its mouth. A marine scientist who has worked in the area for years, Dr Sunniva Brekke, said the concern was reasonable.

"Estuaries are sensitive to small changes in how often and how strongly water moves," she said. "A few closures a year during storms might not matter much. But if the barrier is closed more often as sea levels rise, which is the whole point of it, the cumulative effect could be larger."

## A livelihood at the edge

The estuary supports around 300 jobs directly, and its oysters are sold in restaurants across the coast. The industry has already weathered a run of difficult seasons, including a disease outbreak three years ago and a summer of unusually warm water.

Growers say they are not opposed to protecting Velden. Many have relatives in the city. What they want, they say, is to be included.

- A study of sediment and tidal flow covering the whole estuary, not just the river.
- A monitoring programme funded as part of the barrier's budget.
- A compensation fund if the barrier can be shown to have harmed the fishery.

The estuary association's letter is published on its [website](https://askeestuary.example/letter).

## The city's answer

A council spokesperson said the authority "takes the concerns of estuary communities seriously" and that a monitoring programme would be "part of any final design". The spokesperson did not say whether the vote would be delayed.

Back on the mudflat, the tide had turned and was coming in fast across the sand. Penhallow picked up his bags and started walking back towards the shore.

"The river's been doing this for ten thousand years," he said. "I'd just like someone to check before we change the rules."`,
  }),
  withHero({
    slug: "velden-votes-to-build-flood-barrier-after-marathon-council-session",
    title: "Velden votes to build flood barrier after marathon council session",
    dek: "Councillors approved the River Aske barrier by 27 votes to 20 shortly after 2am, with amendments for estuary monitoring and a cap on costs.",
    excerpt:
      "After a nine-hour debate, Velden's council voted 27 to 20 to build a movable flood barrier on the River Aske, adding last-minute commitments on estuary monitoring and a cost ceiling.",
    section: "climate",
    source: "northgate-courier",
    authors: ["jonah-abernethy", "priya-castellane"],
    tags: ["velden-flood-barrier", "river-aske", "local-government", "flooding"],
    hoursAgo: 26,
    updatedHoursAgo: 20,
    isLead: true,
    leadOrder: 2,
    pinnedRelated: [
      "engineers-split-over-veldens-movable-barrier-design",
      "downstream-fishing-towns-fear-velden-barrier-will-starve-estuary",
    ],
    body: `Velden will build a flood barrier across the River Aske. After a council debate that began at five in the afternoon and ended at ten past two in the morning, councillors voted 27 to 20 to approve the 1.4 billion scheme, the largest public works project in the city's modern history.

The public gallery, which had been full all evening, erupted when the result was read out. Several residents of Eastbank, the low-lying district flooded four winters ago, were in tears. Others, mostly from the western suburbs, left in silence.

## Amendments that swung the vote

The barrier passed only after its supporters accepted two amendments late in the night, which appear to have won over a handful of undecided councillors:

1. **Estuary monitoring**: a ten-year programme measuring tides, silt and water quality at the mouth of the Aske, funded from the barrier budget, with results published annually. Oyster growers and fishers downstream had campaigned for this.
2. **A cost ceiling**: if the projected cost rises more than 15 per cent above the current estimate, the project must return to the council for a fresh vote.

A third amendment, which would have required the council to also fund the floodable-parks scheme proposed by the scheme's critics, was narrowly defeated.

## The debate

Council leader Marit Solberg opened by reading the names of streets flooded four years ago. "Every one of these streets will flood again," she said. "The only question tonight is whether we decided to do something about it."

Councillor Eoin Farrah, who led opposition to the barrier, said he accepted the result but warned that the city was "betting its future on one structure and one set of predictions".

> "I hope I am wrong. I will be delighted to be wrong. But I will be watching the costs every month." — Councillor Eoin Farrah

## What happens now

Detailed design work begins immediately. Construction of the gates is expected to start in about two years and take five. In the meantime, the council says it will raise temporary defences in Eastbank before this winter.

Downstream, the estuary association welcomed the monitoring amendment but said it would "hold the council to every word". In the western suburbs, a residents' group said it would seek legal advice about the council tax implications.

Full voting records are available on the [council website](https://velden.example/votes).

Outside the council chamber, as the last councillors left in the early hours, a small group of Eastbank residents stood under the old stone bridge, near where the gates will one day rise. One of them had brought a flask of coffee. "First time in four years I'll sleep through a storm forecast," she said.

*Updated with the estuary association's response and the timetable for construction.*`,
  }),
  withHero({
    slug: "what-the-velden-barrier-vote-means-for-insurance-premiums",
    title: "What the Velden barrier vote means for insurance premiums",
    dek: "Homeowners in Eastbank hope their premiums will fall. Insurers say not yet, and not by much until the gates are actually built.",
    excerpt:
      "Eastbank homeowners hope the River Aske barrier vote will cut their insurance bills. Insurers say premiums depend on what is built, not what is approved, and the wait could be years.",
    section: "business",
    source: "fieldstone-gazette",
    authors: ["kwame-adjei-ross"],
    tags: ["velden-flood-barrier", "insurance", "flooding"],
    hoursAgo: 8,
    body: `Within hours of Velden's council voting to build a flood barrier on the River Aske, the phones at Eastbank's two insurance brokers started ringing. The callers mostly had the same question: when does my premium come down?

The honest answer, according to insurers and brokers the Gazette spoke to, is: not yet, and possibly not for several years.

## Approved is not built

Insurers price flood risk on the defences that exist, not those that are planned. Until the barrier's gates are installed and tested, the risk to an Eastbank home is, in actuarial terms, unchanged.

"A council vote is good news, but water doesn't read council minutes," said Linnea Thorsby, a broker who has worked in the city for twenty years. "Most underwriters will wait until the structure is commissioned and has a maintenance regime."

That means homeowners who have seen premiums triple since the flood four winters ago could wait seven years or more for significant relief.

## Where savings might come sooner

There are a few exceptions. Temporary defences the council plans to install in Eastbank before this winter could be taken into account by some insurers, particularly if they are designed to a recognised standard. Individual property-level measures, such as flood doors and non-return valves on drains, can also lower premiums now.

- Some insurers offer discounts of 5 to 15 per cent for certified property-level protection.
- The council runs a grant scheme for flood doors; details are on the [council's flood page](https://velden.example/flood-help).
- Homeowners should ask insurers directly whether they recognise the temporary defences once installed.

## Property values

The vote may have a quicker effect on house prices. Estate agents in Eastbank reported a spike in inquiries the morning after the vote. One said two buyers who had withdrawn offers in the spring had called back.

Economists caution against reading too much into a single week. "Markets tend to price in good news before it happens," said Pavel Nurmi, chief economist at the Inland Chamber of Commerce. "That is fine, as long as nobody forgets the gates are still on a drawing board."

## A warning from elsewhere

There is also a risk that the barrier encourages development in precisely the places it protects, making the city more exposed if the defence is ever overwhelmed. Insurers have seen this elsewhere, Thorsby said.

"A barrier reduces the chance of a flood," she said. "It doesn't reduce the consequences if one happens anyway. If people build basements in Eastbank because they think the problem is solved, we'll be back where we started with more to lose."

For now, she is telling callers the same thing. Keep your flood kit. Keep your policy. And be patient.`,
  }),
];
