/** Stand-alone World and Business articles. */
import { withHero } from "./hero";
import type { SeedArticle } from "./types";

export const worldBusinessArticles: SeedArticle[] = [
  withHero({
    slug: "border-valley-towns-open-a-shared-hospital",
    title: "Border valley towns open a shared hospital",
    dek: "Two mountain communities on either side of a national border have pooled budgets, staff and an ambulance to run a single small hospital.",
    excerpt:
      "Two towns facing each other across a mountain border have opened a shared 40-bed hospital, ending decades in which patients on both sides travelled hours for basic care.",
    section: "world",
    source: "meridian-wire",
    authors: ["lucia-ferrand"],
    tags: ["cross-border", "healthcare", "rural-life"],
    hoursAgo: 44,
    body: `The new hospital at the head of the Serrat valley sits almost exactly on the border. Its car park is in one country, its emergency entrance in the other, and the line between them is marked by a strip of brass set into the floor of the waiting room. Patients step over it without noticing.

The 40-bed hospital, which opened on Monday, is jointly run by the towns of Vall Alta and Castelnou, which face each other across the narrow valley and have been separated by a frontier for more than three centuries. Until now, residents on both sides faced journeys of two to three hours on mountain roads to reach a hospital in their own country.

"When my father had his heart attack, the ambulance took ninety minutes just to get to us," said Roser Amat, who runs a bakery in Vall Alta. "The hospital on the other side was ten minutes away. We could see its lights from our window."

## Years of paperwork

The idea is not new. Local doctors first proposed a shared clinic more than twenty years ago. What held it back was not money or goodwill but the details: which country's health insurance would pay, which language the medical records would be kept in, whose rules would govern the nurses' working hours.

The solution was a jointly owned public body, created under a regional cooperation treaty, with a board drawn equally from both towns. Patients are billed to their own national health systems through a clearing arrangement. Staff are employed under whichever country's contract they choose.

## What the hospital offers

- A 24-hour emergency department and a small intensive care unit.
- Maternity care, so that babies on both sides can be born in the valley again.
- Outpatient clinics, physiotherapy and a shared ambulance with crews trained on both sides' protocols.
- A helicopter pad for transfers to larger hospitals.

Signage is in both languages. So are the staff meetings, which the director, Dr Pau Ferrer, admits can be "long, and occasionally very funny".

## A model for others?

Officials from several other border regions attended the opening, and a cross-border health network has published a [guide to the project](https://borderhealth.example/serrat) that it hopes others will use.

Experts caution that the Serrat valley had unusual advantages: two towns of similar size, a shared dialect and long habits of cooperation, from grazing rights to fire-fighting.

"This works because people here already thought of the valley as one place," said Jaume Sorribes, a retired mayor of Castelnou, as he walked the new corridors. "The border was always the strange thing, not the hospital."

Outside, as the first patients arrived, a group of schoolchildren from both towns had painted a mural along the entrance wall: one long river, running straight through the middle, with no line across it at all.`,
  }),
  withHero({
    slug: "island-ferry-route-restored-after-two-year-gap",
    title: "Island ferry route restored after two-year gap",
    dek: "A community-owned boat is sailing again to the outer islands, where residents had relied on fishing boats and goodwill since the old operator quit.",
    excerpt:
      "For two years the outer islands had no scheduled ferry. On Saturday a secondhand boat, bought by a residents' cooperative, made its first run, carrying groceries, a piano and 73 passengers.",
    section: "world",
    source: "harbour-ledger",
    authors: ["tobias-wren"],
    tags: ["ferries", "islands", "cooperatives"],
    hoursAgo: 139,
    body: `The *Kittiwake* left the harbour wall at 8.05 on Saturday morning, five minutes late because a piano was being loaded. By the time she rounded the lighthouse, most of her 73 passengers were on deck, and several were crying.

For the first time in two years, the outer islands have a scheduled ferry.

The previous operator withdrew from the route after its contract with the regional government expired and no company bid to replace it. Since then, the roughly 600 people who live on the three outer islands have relied on fishing boats, a weekly freight barge and the goodwill of anyone with a seaworthy hull.

## A boat bought by the islanders

The *Kittiwake* is a 28-metre passenger and cargo vessel, built forty years ago and bought secondhand from a lake operator inland. The purchase was funded by a cooperative set up by islanders, with shares sold at a price most households could afford, a loan from a community bank and a grant from the regional government, which also pays an annual subsidy to keep fares low.

"We stopped waiting for someone else to fix it," said cooperative chair Morag Tulloch, who keeps sheep on the largest of the islands. "If we own the boat, nobody can take it away."

## Two years without a ferry

The gap was hard. Islanders describe missed hospital appointments, teenagers boarding on the mainland for school, and a shop on the middle island that closed because supplies could not be guaranteed. The population of the smallest island fell from 58 to 41.

Some adaptations will remain. A group of fishermen who ran informal passenger trips say they will keep doing so in emergencies, and a volunteer-run online noticeboard that matched people with boats will stay up.

## The timetable

The new service runs four days a week in winter and six in summer, calling at all three islands. Timetables are published on the cooperative's [website](https://outerislesferry.example/timetable).

- Fares for residents are held at the level charged before the old service ended.
- Cargo space is reserved each sailing for the island shops and the school.
- The crew of five includes two islanders who trained for their tickets during the gap.

## The piano

The piano, for the record, belongs to the school on the middle island, which has not had one since the old one rotted in a damp classroom a decade ago. It was donated by a family on the mainland and travelled free of charge.

As the *Kittiwake* nosed into the middle island's jetty, a small crowd was waiting. Children held a banner. Someone had brought a trolley for the piano. The first thing unloaded, though, was a box of fresh bread for the shop, which had reopened that morning for the first time in a year.`,
  }),
  withHero({
    slug: "census-finds-northern-valleys-growing-for-first-time-in-three-decades",
    title: "Census finds northern valleys growing for first time in three decades",
    dek: "Remote workers, young families and a wave of returning emigrants have reversed a long decline, but housing and schools are struggling to keep up.",
    excerpt:
      "The new census shows the northern valleys' population rising for the first time in thirty years, driven by young families, remote workers and returning emigrants. Housing is now the pressing issue.",
    section: "world",
    source: "northgate-courier",
    authors: ["jonah-abernethy"],
    tags: ["census", "rural-life", "housing"],
    hoursAgo: 236,
    body: `For thirty years, the story of the northern valleys was told in closing schools, shuttered chapels and the slow emptying of farmhouses. The new census tells a different one.

The population of the valleys grew by 4.1 per cent over the past five years, according to figures released on Thursday by the regional statistics office, the first increase recorded since the early 1990s. Growth was strongest among people aged 25 to 44, and the number of children under five rose for the first time in a generation.

"I had to read it twice," said Councillor Bram Ostrowski. "We have spent my entire career managing decline. I don't think any of us have a plan for growth."

## Who is arriving

The census does not ask people why they moved, but the pattern is clear enough, and it matches what estate agents, head teachers and shopkeepers have been saying anecdotally.

- **Remote workers**, especially in design, software and administration, who can now work from a valley village with improved broadband.
- **Returning emigrants**: people who grew up in the valleys, left for the cities, and have come back, often with children.
- **Retirees**, though in smaller numbers than in the previous decade.

The village of Hollin Brae, which had 212 residents at the last census, now has 268. Its primary school, threatened with closure six years ago, has a waiting list.

## Growing pains

The growth has come with strain. House prices in the valleys have risen faster than in the regional capital, and local people on agricultural wages say they are being priced out. Rents for the few available properties have roughly doubled.

> "It's wonderful to hear children in the street again. It's less wonderful when my own children can't afford to live on it." — Eira Lewin, sheep farmer

Schools, bus routes and GP surgeries were all planned for a shrinking population. The valleys' only dentist has closed her list to new patients.

## What the council will do

The council says it will bring forward a review of its housing plan, including proposals for community land trusts that would keep homes affordable for local workers. A consultation will open next month; details are on the [council website](https://northgate.example/housing-review).

Demographers caution against assuming the trend will continue. Remote working may fade, and returning families may leave again if jobs and services do not follow.

"A census is a photograph, not a forecast," said Dr Alis Penrhyn, a population geographer at the regional university. "But it's a photograph nobody expected to see, and it should change how the valleys plan."

In Hollin Brae, the village hall has already adapted. Its noticeboard, once dominated by funeral notices and farm sales, now carries adverts for a toddler group, a coding club and a new Saturday market.`,
  }),
  withHero({
    slug: "bakery-chain-sells-itself-to-its-workers",
    title: "Bakery chain sells itself to its workers",
    dek: "The founders of Crumb & Co, with 31 shops across the inland cities, have transferred the business to an employee ownership trust.",
    excerpt:
      "Crumb & Co's founders have sold the 31-shop bakery chain to an employee ownership trust, turning 420 bakers, drivers and counter staff into collective owners rather than selling to a rival.",
    section: "business",
    source: "fieldstone-gazette",
    authors: ["kwame-adjei-ross"],
    tags: ["employee-ownership", "small-business", "food"],
    hoursAgo: 92,
    body: `The founders of Crumb & Co, the bakery chain whose sourdough queues have become a fixture of Saturday mornings in the inland cities, have sold the business to its staff.

Agnes and Ferdinand Kowal, who opened their first shop in a converted garage in Fieldstone twenty-two years ago, announced on Tuesday that a majority of the company had been transferred to an employee ownership trust. Its 420 bakers, drivers and counter staff will now share in the profits and elect representatives to the board.

"We had two offers from much bigger companies," Agnes Kowal said. "Both would have paid more. Both would have changed the bread. We decided the people who bake it should own it."

## How it works

Under an employee ownership trust, a company is bought on behalf of all its staff, who do not have to put up any money. The founders are paid gradually out of future profits, usually over several years.

At Crumb & Co, according to the company's announcement:

- The trust now owns 75 per cent of the shares; the Kowals retain 25 per cent for five years.
- Every employee with more than six months' service will receive an equal share of an annual profit bonus.
- Staff will elect two of the seven board members.
- The founders will remain as advisers, and Ferdinand Kowal says he will "still be at the ovens at four in the morning at least twice a week".

## Why the model is spreading

Employee ownership has grown steadily among mid-sized businesses in recent years, particularly those where founders are retiring and want to protect jobs and local roots. Advocates say such firms tend to have lower staff turnover and are more resilient in downturns; critics point out that the founders are paid from future profits, which can limit investment.

The [Employee Ownership Forum](https://employeeownership.example), a non-profit advisory group, says it has seen inquiries double over three years, especially from food, engineering and retail firms.

## On the shop floor

At the original Fieldstone shop on Tuesday morning, the news had travelled faster than the announcement. Counter supervisor Joaquim Reis, who has worked for the company for eleven years, said staff had mixed feelings: delight, mostly, and some nervousness.

"It's a lot to take in. Nobody has ever asked me what I think about the company's strategy," he said. "I think we should open on Sundays. I suppose now I can say that at a meeting."

Bakers said they were relieved most of all that the recipes would not change. A takeover by a larger chain, one said, would likely have meant frozen dough shipped from a central factory.

Asked whether she would miss running the business, Agnes Kowal paused. "I'll miss the arguments about rye," she said. "But I suspect they'll continue without me."`,
  }),
  withHero({
    slug: "coffee-prices-swing-as-growers-report-late-rains",
    title: "Coffee prices swing as growers report late rains",
    dek: "Traders are whipsawed by conflicting reports from highland farms, where a delayed wet season has muddled the outlook for the next harvest.",
    excerpt:
      "Coffee futures swung sharply this week as reports of late rains in major highland growing regions collided with forecasts of a recovery, leaving roasters and smallholders equally uncertain.",
    section: "business",
    source: "meridian-wire",
    authors: ["yusuf-halvorsen"],
    tags: ["commodities", "coffee", "farming"],
    hoursAgo: 355,
    body: `Coffee futures swung sharply this week as traders tried to make sense of conflicting reports from highland growing regions, where the wet season has arrived weeks late and unevenly.

Prices for arabica beans rose nearly 9 per cent over Monday and Tuesday, fell back by almost as much on Wednesday after a large cooperative reported healthy flowering, and rose again on Thursday when weather services extended their forecasts of patchy rain.

"It's a market trading on rumours from hillsides," said one commodities broker. "Everyone has a cousin with a farm and a phone."

## Why the rains matter

Coffee plants flower after the first substantial rains of the wet season. If the rains are late, flowering is delayed; if they are patchy, plants may flower several times, producing cherries that ripen unevenly and are harder and more expensive to pick.

Growers in several major highland regions say this year's rains began three to five weeks late and have since been irregular. Some farms report strong flowering; others a few kilometres away report almost none.

> "On my slope, it's beautiful, white flowers everywhere. On my neighbour's, facing the other way, nothing. I have never seen such a difference." — smallholder in a highland growing cooperative

## Who feels it

For roasters, volatility is a headache but usually a manageable one. Large buyers hedge months in advance. Smaller specialty roasters, who buy directly from farms, are more exposed, and several told the wire they were already discussing higher prices with their customers.

For growers, the picture is more complicated. Higher prices help farmers who have beans to sell, but uneven harvests mean many will have less to sell, and the costs of picking scattered cherries are rising.

Analysts listed the main factors they are watching:

- Rainfall over the next four weeks in the highlands, which will determine whether late flowering sets fruit.
- Stocks held in consuming countries, which are relatively low after two tight years.
- Currency movements in producing countries, which affect how eagerly farmers sell.

## The longer trend

Climate scientists have warned for years that the areas suitable for high-quality arabica are shrinking as temperatures rise and rainfall patterns change. A study published last year by an agricultural research network, summarised on its [website](https://tropicalcrops.example/arabica), projected that suitable land in some regions could fall by a third by mid-century.

Farmers are adapting: planting shade trees, moving higher up the slopes, experimenting with hardier varieties. But adaptation costs money, and the price swings of weeks like this one rarely reach the farm gate in a form that helps.

For now, traders will keep watching the skies, and the hillsides, one rumour at a time.`,
  }),
  withHero({
    slug: "inland-office-vacancies-hit-record-as-firms-shrink-floor-space",
    title: "Inland office vacancies hit record as firms shrink floor space",
    dek: "Nearly a quarter of office space in Fieldstone's business district is empty, and landlords are turning to flats, labs and climbing walls.",
    excerpt:
      "Office vacancy in Fieldstone's business district has reached a record 23 per cent as companies cut floor space, pushing landlords to convert towers into flats, labs and leisure venues.",
    section: "business",
    source: "fieldstone-gazette",
    authors: ["kwame-adjei-ross"],
    tags: ["commercial-property", "remote-work", "housing"],
    hoursAgo: 470,
    body: `Almost a quarter of the office space in Fieldstone's central business district now stands empty, according to a survey published on Monday by a group of local property agents, the highest level since records began.

The survey found that 23 per cent of floor space in the district's 64 office buildings was vacant or available to let, up from 14 per cent three years ago. Older buildings fared worst: in towers built before 1990, the figure was closer to a third.

## Smaller footprints

The main driver is not companies leaving the city but companies shrinking. Firms renewing leases are typically taking 20 to 40 per cent less space than before, reflecting staff who now split their week between home and the office.

"Nobody is closing the office," said agent Magnus Ferreira. "They're just closing the third floor."

Newer buildings with good ventilation, daylight and amenities are still letting well, and rents there have barely moved. The pressure is concentrated on older blocks that need expensive refurbishment to meet energy standards.

## What landlords are doing

Landlords are experimenting, sometimes ambitiously:

- **Flats.** Two 1970s towers on Corn Exchange Street are being converted into 210 apartments, the first such conversion in the district. The council has fast-tracked planning approval.
- **Laboratories.** A former insurance headquarters is being refitted for life-science start-ups linked to the university.
- **Leisure.** One landlord has let an entire floor to a climbing wall operator. Another now hosts a padel court on its roof.

Conversions are not simple. Office floors are deep, which leaves the centre of a building without windows, and plumbing must be added for every flat. Developers say the economics only work for certain buildings.

## The wider city

Businesses that depend on office workers feel the change most directly. Sandwich shops and dry cleaners in the district report takings down on Mondays and Fridays, though busier midweek.

The council sees an opportunity. Its deputy leader, Lotte Amsel, said that turning some offices into homes could bring life to streets that "empty out at six o'clock". The council has published a [framework](https://fieldstone.example/central-district) encouraging mixed use.

Not everyone is convinced. Some economists warn that a wave of conversions could leave the city short of office space if demand recovers. Others argue that cities have always rebuilt themselves and that a business district full of homes, labs and climbing walls may be healthier than one full of desks.

"In the 1980s, these towers replaced warehouses," said Ferreira, looking out from an empty eleventh floor. "Now something will replace the towers. That's how cities work."`,
  }),
  withHero({
    slug: "shipbuilder-lands-order-for-wind-assisted-cargo-vessels",
    title: "Shipbuilder lands order for wind-assisted cargo vessels",
    dek: "Carrow Marine will build four coastal freighters fitted with tall rotor sails, the yard's biggest order in fifteen years.",
    excerpt:
      "Carrow Marine has won an order for four coastal cargo ships fitted with rotor sails that use the wind to cut fuel use, securing hundreds of jobs at the yard for at least three years.",
    section: "business",
    source: "harbour-ledger",
    authors: ["tobias-wren"],
    tags: ["shipbuilding", "wind-power", "shipping"],
    hoursAgo: 560,
    body: `Carrow Marine, the last shipyard still building large vessels on this stretch of coast, has won an order for four coastal cargo ships fitted with rotor sails, its biggest contract in fifteen years.

The 90-metre vessels, ordered by a regional shipping company, will each carry two tall spinning cylinders on deck. When the wind blows across them, the rotors generate thrust through the same physical effect that makes a spinning ball curve in flight, reducing the work required from the ship's engines.

The yard's managing director, Ingrid Sollis, said the order would secure around 350 jobs for at least three years. "This is a very good day in Carrow," she said. "It's also a bet on where shipping is going."

## How rotor sails work

Rotor sails are not new; the principle was demonstrated on ships a century ago. But rising fuel costs and tighter rules on emissions have revived interest, and a few hundred commercial vessels worldwide now use some form of wind assistance.

Depending on route and weather, the shipping company expects the rotors to cut fuel use by 10 to 20 per cent. Along this coast, where prevailing winds blow across the main shipping lanes, savings could be at the upper end of that range.

- Each rotor will be 24 metres tall and can be tilted flat to pass under bridges.
- The ships will also have hybrid engines able to run on biofuels.
- The first vessel is due to be delivered in two years.

## A yard that nearly closed

Eight years ago, Carrow Marine came close to shutting. Orders had dried up, and the yard survived by repairing ferries and building pontoons. A group of former managers bought it from its previous owner and focused on smaller, specialist vessels, including research ships and a hybrid ferry for the outer islands.

Workers say the new order feels different. "We've been doing repairs and bits and pieces for years," said welder Callum Pryce, who joined the yard as an apprentice at sixteen. "This is proper shipbuilding. Four hulls. My dad would have loved this."

## Apprentices

The yard plans to take on 40 apprentices over the next two years, roughly doubling its intake. It has partnered with the local college to run courses in welding, marine electrics and the composite work needed for the rotors. Details are posted on the [yard's careers page](https://carrowmarine.example/apprentices).

Industry analysts say the order shows a niche where smaller yards can compete: specialised vessels for short sea routes, where the technology is changing quickly and customers value being close to the builder.

"Big yards will always win on price for standard ships," said maritime economist Dr Helena Marsk. "But ships like these are still being figured out. There's an advantage in being able to walk down the quay and talk to the people building your boat."`,
  }),
  withHero({
    slug: "trade-route-across-the-mountains-reopens-to-lorries-after-landslide",
    title: "Trade route across the mountains reopens to lorries after landslide",
    dek: "A rebuilt section of the high pass road, swept away last spring, carries freight again after eleven months of repairs and detours.",
    excerpt:
      "A mountain pass road destroyed by a landslide last spring has reopened to heavy lorries, ending an 11-month detour that added a day to journeys between two regional markets.",
    section: "world",
    source: "meridian-wire",
    authors: ["yusuf-halvorsen", "lucia-ferrand"],
    tags: ["cross-border", "infrastructure", "landslides"],
    hoursAgo: 645,
    body: `The first lorry to cross the rebuilt section of the high pass road did so at walking pace, with a crowd of road workers, police officers and farmers lining the barriers on either side. Its driver, who had been using a detour of more than 300 kilometres for eleven months, sounded his horn all the way across.

The road, the main freight link between two regional markets separated by a mountain range, was cut last spring when heavy rain triggered a landslide that carried away a 400-metre section of carriageway and a small bridge. Nobody was killed, but a bus had passed the spot ten minutes earlier.

## A slow, careful rebuild

Engineers chose not to simply rebuild the road where it had been. Instead, they moved the alignment further into the mountainside and added a series of drainage tunnels to carry water away from the unstable slope above.

"The old road was built on the assumption that the mountain would stay still," said project engineer Dario Kestler. "We've built this one on the assumption that it won't."

The work included:

- A new 120-metre viaduct over the gully where the landslide began.
- Sensors on the slope that can detect movement of a few millimetres and close the road automatically.
- Catch fences and a rock shed over the most exposed section.

## Eleven months of detours

The closure forced lorries onto a longer, lower route that added about a day to each journey. Traders at markets on both sides say prices for fresh produce rose and some smaller hauliers went out of business.

Fruit growers in the valleys below the pass were among the hardest hit. Their harvests travel to markets across the range, and the extra day on the road shortened the shelf life of soft fruit. Several growers switched to selling locally at lower prices.

> "We lost a season. We won't lose another one, I hope." — apricot grower in the lower valley

## A warning about the future

The landslide was one of several in the range last year, and geologists say heavier spring rainfall is making slopes more unstable. A regional assessment, published by the [mountain hazards institute](https://mountainhazards.example/assessment), identifies a dozen other stretches of road it considers at similar risk.

Governments on both sides of the range have promised to fund further work, but critics say the budget falls well short of what the assessment recommends.

For now, the pass is open. By midday on the first day, the road workers had taken down their barriers, and a steady line of lorries was grinding up the switchbacks. At the top, a small café that had been closed since the landslide had reopened, and was already out of soup.`,
  }),
];
