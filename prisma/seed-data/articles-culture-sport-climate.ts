/** Stand-alone Culture, Sport and Climate articles. */
import { withHero } from "./hero";
import type { SeedArticle } from "./types";

export const cultureSportClimateArticles: SeedArticle[] = [
  withHero({
    slug: "forgotten-composers-notebook-turns-up-inside-a-piano-bench",
    title: "A forgotten composer's notebook turns up inside a piano bench",
    dek: "Sketches for a string quartet by Adela Morvan, a once-celebrated composer nobody plays any more, were found by a piano tuner.",
    excerpt:
      "A piano tuner has found a notebook of sketches by Adela Morvan, a composer famous in her lifetime and almost forgotten since, hidden inside a piano bench bought at a house clearance.",
    section: "culture",
    source: "lantern-review",
    authors: ["esme-varga"],
    tags: ["classical-music", "archives", "women-in-music"],
    hoursAgo: 84,
    body: `The piano bench was nothing special: walnut, a little wobbly, bought for next to nothing at a house clearance by a family who wanted somewhere to keep their children's exercise books. When the piano tuner, Lorcan Eady, lifted its lid to fetch a duster, he found a slim notebook bound in faded green cloth.

Inside were forty pages of pencilled music, dense with crossings-out, and on the flyleaf a name: *A. Morvan.*

"I didn't recognise it at first," Eady said. "Then I saw the tempo markings. She had a habit of writing them in little jokes. *Allegro, but not as fast as the postman.* I'd read about that."

## Who was Adela Morvan?

A century ago, Adela Morvan was one of the most performed composers of her generation. Her songs were sung in concert halls and parlours alike, and her two symphonies were premiered to warm reviews. Then, after her death, her music largely disappeared from programmes, a fate shared by many women composers of her era.

Scholars have spent the past two decades trying to revive her reputation, with a handful of recordings and a biography. But her archive is patchy. Several works mentioned in her letters have never been found, including a string quartet she described as "the best thing I shall ever do, if I ever finish it".

## What the notebook contains

Musicologist Dr Yevgenia Laurent, who has examined the notebook, believes it contains substantial sketches for that quartet.

- Complete drafts of two movements, in short score.
- Fragments and themes for a third, including a slow melody marked *like someone remembering a garden*.
- Notes on instrumentation and several crossed-out attempts at an ending.

"It's not finished, but it's much more than a sketch," Laurent said. "You can hear the whole shape of it. The slow movement is extraordinary."

## Finishing the unfinished

The question now is what to do with it. Some scholars argue the sketches should be published exactly as they are. Others favour a performing edition, with missing passages completed by an editor, so that the music can be played.

A quartet based in the capital has asked to give the first performance. The notebook's owners, the family who bought the bench, have agreed to lend it to the national library for digitisation; scans will appear on the library's [music collections site](https://nationallibrary.example/morvan).

There is something fitting, Laurent says, about where it was found. Morvan spent years teaching piano to make ends meet. "She kept her real work in the place she kept her teaching music," she said. "It was hidden in plain sight, under a child's scales."

For Eady, the discovery has been a strange interruption to a quiet trade. He has started lifting every piano bench lid he can. "Mostly it's sweet wrappers," he said. "But you never know."`,
  }),
  withHero({
    slug: "review-the-salt-road-is-a-novel-that-walks-the-whole-coast",
    title: "Review: 'The Salt Road' is a novel that walks the whole coast",
    dek: "Ines Marrow's second novel follows a widowed ferry engineer on foot from one end of the shoreline to the other. It is slow, and wonderful.",
    excerpt:
      "Ines Marrow's 'The Salt Road' follows a widowed ferry engineer who walks the length of the coast. It is a patient, funny and deeply humane novel about grief, maps and strangers' kitchens.",
    section: "culture",
    source: "lantern-review",
    authors: ["imogen-dace"],
    tags: ["books", "reviews", "fiction"],
    hoursAgo: 225,
    body: `There is a moment about a third of the way through *The Salt Road* when its narrator, Hal Treadgold, a recently widowed ferry engineer in his sixties, sits down on a harbour wall, takes off his boots and counts the blisters. There are eleven. He names them after the ferries he maintained over a thirty-year career. It is very funny, and it is also, you realise a page later, a way of not thinking about his wife.

That is the method of Ines Marrow's second novel, which follows Hal as he walks the entire length of the coast, from the estuary where he was born to the headland where he scattered his wife's ashes, over one long spring and summer. Grief is everywhere in the book and almost never named.

## A road made of people

The walk itself is the novel's structure, and Marrow resists every temptation to make it an adventure. Hal does not fall off a cliff or rescue anyone from a shipwreck. He gets rained on. He stays in spare rooms and campsites. He eats a great deal of soup.

What he mainly does is meet people: a harbour master obsessed with tide tables, a pair of teenage surfers who adopt him for a day, a retired teacher who walks with him for a week and then, abruptly and without explanation, goes home. Each encounter is rendered with such care that the novel sometimes feels like a collection of short stories held together by a pair of boots.

> "He had spent his working life keeping things afloat. It had not occurred to him until now that this had been a kind of love, and that he had never said so." — from *The Salt Road*

## Maps and memory

Marrow's great subject, as in her debut, is the relationship between places and the stories we tell about them. Hal carries an old coastal map annotated by his wife during their holidays, and the novel's chapters follow her marginal notes. Some lead to beautiful coves; others to car parks, long since built over what she remembered.

It would be easy for this to become sentimental, and occasionally it does. A late chapter involving a lost dog strains too hard for tears. But Marrow's prose is mostly dry and exact, with a sharp eye for the absurdities of coastal towns out of season: the crazy golf courses, the shuttered ice-cream kiosks, the pub quizzes with three teams.

## A slow book, in the best way

*The Salt Road* is not a book to race through. At almost 500 pages it asks for patience, and its rhythms are those of walking: repetitive, meditative, occasionally tedious, frequently transcendent.

Readers who want plot should look elsewhere. Readers who have ever grieved, or walked a long way to avoid doing so, will find it extraordinary. An extract is available on the [publisher's website](https://tidelinebooks.example/salt-road).

By the end, Hal's blisters have healed, and the ferries have been retired one by one. He arrives at the headland with nothing left to name. It is one of the most quietly moving endings I have read in years.`,
  }),
  withHero({
    slug: "valley-film-festival-screens-movies-inside-a-grain-silo",
    title: "Valley film festival screens movies inside a grain silo",
    dek: "A disused concrete silo with a 30-metre echo has become the unlikely home of the northern valleys' newest, and most sold-out, film festival.",
    excerpt:
      "The Silo Film Festival screens films inside a disused 30-metre concrete grain silo in the northern valleys. Its 90 seats sold out in four minutes, and the acoustics are, organisers admit, unique.",
    section: "culture",
    source: "northgate-courier",
    authors: ["esme-varga", "jonah-abernethy"],
    tags: ["film", "festivals", "rural-life"],
    hoursAgo: 160,
    body: `The first thing you notice inside the old grain silo at Ashby Cross is the height. The concrete walls rise thirty metres to a small circle of sky, and any sound you make, a cough, a laugh, the rustle of a sweet wrapper, comes back down a moment later, slightly changed.

The second thing you notice is the screen. It hangs halfway up, angled slightly downwards, facing ninety mismatched chairs salvaged from village halls across the valleys. This weekend, it is the home of the Silo Film Festival, now in its second year and already the hottest ticket in the region.

"Last year we sold out in three days," said festival director Niamh Corley. "This year it was four minutes. We crashed the ticketing site. I'm not sure whether to be proud or embarrassed."

## From grain to cinema

The silo was built in the 1960s to store grain for a feed mill that closed twenty years ago. It sat empty until a group of local film enthusiasts, led by Corley, a former cinema projectionist, persuaded the landowner to let them try a screening.

That first event involved a borrowed projector, a bedsheet and a film about lighthouses. The echo was so intense that dialogue was almost unintelligible. "People loved it anyway," Corley said. "They said it was like watching a film inside a bell."

## Taming the echo

Since then, the festival has worked with an acoustic engineer from the regional university to tame the silo. Hanging fabric baffles, a curved wooden floor and careful speaker placement have reduced the echo to what Corley calls "a pleasant afterthought".

The programme leans into the setting:

- Films about farming, weather and rural life, including a documentary about a family of beekeepers.
- Silent films with live accompaniment, which take advantage of the acoustics rather than fighting them.
- A late-night screening where the audience lies on blankets and watches a film projected onto the ceiling, with the real stars visible through the roof hatch.

The full programme is on the [festival website](https://silofilm.example/programme).

## A boost for the valleys

The festival is small, but local businesses say it matters. Guest houses in Ashby Cross are booked out, and a food van run by two sisters from a nearby farm has a queue that rivals the box office.

The council, which contributed a small grant, hopes the festival will help attract visitors outside the summer walking season.

Corley has no plans to move to a bigger venue. "A cinema is four walls and a dark room," she said. "This has one wall and a hole in the roof. Why would we want anything else?"

As the first film began on Friday night, the last of the evening light faded from the circle above. Somebody gasped at the opening shot, and the silo carried the gasp up into the dark and brought it gently back.`,
  }),
  withHero({
    slug: "museum-hands-its-audio-guide-to-the-security-guards",
    title: "Museum hands its audio guide to the security guards",
    dek: "At the Thornbury Gallery, the people who stand beside the paintings every day now tell visitors what they see in them.",
    excerpt:
      "The Thornbury Gallery has replaced its audio guide with recordings by its security staff, who spend more time with the collection than anyone. Visitors, and the guards, are delighted.",
    section: "culture",
    source: "lantern-review",
    authors: ["imogen-dace"],
    tags: ["museums", "art", "labour"],
    hoursAgo: 590,
    body: `Harold Sneddon has stood next to the same large painting of a storm at sea for most of the last twelve years. He knows how the light from the skylight moves across it during the day, which visitors stop and which walk past, and exactly where a small boat is hidden in the waves, lower left, that almost nobody notices.

Until this month, nobody asked him about any of it. Now his voice is the one visitors hear when they press number 14 on the Thornbury Gallery's new audio guide.

"I was nervous," Sneddon said. "I'm not an art historian. But then I thought, well, I've looked at it more than any art historian has."

## A guide by the guards

The gallery's director, Dr Priyanka Hollis, said the idea came from watching visitor feedback. People loved conversations with the gallery's security staff, who often had surprising and personal things to say about the works they guarded. The old audio guide, recorded by a curator fifteen years ago, was rarely used.

Twenty-two members of the security team volunteered to choose a work and record a short reflection on it. They were given training in speaking to a microphone and access to the curators' research files, but no script.

The results are varied:

- A guard who grew up on a farm explains what the cows in a pastoral landscape tell you about the season.
- Another describes the way children react to a sculpture of a sleeping dog, and how many of them try to stroke it.
- One talks about the painting she stood beside on the day her daughter was born, and why she has never been able to look at it the same way since.

## Why it works

Critics of museum audio guides often complain that they tell visitors what to think. The guards' recordings do something different: they model how to look.

"Curators know things. Guards notice things," Hollis said. "Visitors need both, but we'd only ever given them one."

The recordings also come with a curator's short note for those who want art-historical context, which can be heard by pressing the same number twice. The gallery has published the full set on its [website](https://thornburygallery.example/guards) for people who cannot visit.

## The guards' view

Staff say the project has changed how they are treated. Visitors now stop to talk. Some ask for autographs, which is, Sneddon admits, "a bit much".

There are practical issues to resolve. The union representing gallery staff has asked that guards be paid a fee for the recordings, and the gallery has agreed. Some staff preferred not to take part, and their choice has been respected.

For Sneddon, the best moment came on the first weekend, when a teenage visitor listened to his recording, walked up to the storm painting and peered at its lower left corner for a long time.

"Found it," she said, and looked at him, and grinned.`,
  }),
  withHero({
    slug: "brackwater-rovers-promote-teenage-goalkeeper-after-injury-crisis",
    title: "Brackwater Rovers promote teenage goalkeeper after injury crisis",
    dek: "With three senior keepers injured, 17-year-old Tilde Aasen will start Saturday's league match, and the academy is holding its breath.",
    excerpt:
      "Brackwater Rovers will start 17-year-old academy goalkeeper Tilde Aasen against league leaders on Saturday after injuries to all three senior keepers left the manager with no other option.",
    section: "sport",
    source: "fieldstone-gazette",
    authors: ["owen-tallis"],
    tags: ["football", "youth-sport", "brackwater-rovers"],
    hoursAgo: 30,
    body: `Brackwater Rovers will start a 17-year-old academy goalkeeper in Saturday's league match against the leaders, after a run of injuries left the club with no fit senior keeper.

Tilde Aasen, who signed her first professional contract only three months ago, was named in the starting line-up by manager Corrie Dunlop on Thursday. She will become the youngest player to start a league match for the club in its 74-year history.

"It's not the ideal situation," Dunlop admitted. "Nobody plans to give a teenager her debut against the best team in the division. But she's ready. I wouldn't pick her if she wasn't."

## An unlucky fortnight

Rovers' goalkeeping crisis unfolded with almost comic speed. First-choice keeper Marit Holm broke a finger in training a fortnight ago. Her replacement, the veteran Jess Orrell, tore a calf muscle during last week's cup tie. The third-choice keeper, on loan at a lower-league club, was recalled on Monday and promptly fell ill.

The league's emergency loan window is closed until next month, leaving the club to look to its academy.

## Who is Tilde Aasen?

Aasen joined the academy at eleven, after a coach spotted her playing in goal for a boys' team in a village league. She is known at the club for her distribution: she kicks and throws accurately over long distances, which suits Rovers' style of building quickly from the back.

Her academy coach, Samir Delacroix, described her as "calm to the point of being slightly alarming".

> "She's the only seventeen-year-old I've ever coached who asks for video of her mistakes before she asks for video of her saves." — Samir Delacroix, academy goalkeeping coach

Aasen has played for the national under-19 side and has trained with the first team on and off all season.

## The opponents

Saturday's opponents, Marrow Athletic, have scored more goals than any side in the division and lost only once this season. Their forward line is quick and direct, and they are likely to test a young keeper early.

Dunlop says the team will protect her. "The back four know what they have to do," she said. "And she knows they've got her back."

## A club that believes in youth

Rovers have a strong record of promoting academy players, and six members of Saturday's squad came through the youth system. The club publishes its academy pathway on its [website](https://brackwaterrovers.example/academy), and Dunlop said the crisis was "exactly what an academy is for".

Tickets for the match sold briskly after the news broke, with many supporters saying they wanted to witness the debut.

Aasen herself was not made available for interviews. The club said she was "concentrating on training and on her chemistry homework, which is due on Monday regardless of the result".`,
  }),
  withHero({
    slug: "rowing-crews-from-rival-harbours-race-for-a-century-old-oar",
    title: "Rowing crews from rival harbours race for a century-old oar",
    dek: "Saltmarsh and Carrow renew one of the coast's oldest sporting rivalries this weekend, in wooden gigs across six miles of open water.",
    excerpt:
      "Crews from Saltmarsh and Carrow will race six-oared wooden gigs across six miles of open sea this weekend for the Painted Oar, a trophy contested by the rival harbours for more than a century.",
    section: "sport",
    source: "harbour-ledger",
    authors: ["owen-tallis", "maren-holt"],
    tags: ["rowing", "coastal-towns", "traditions"],
    hoursAgo: 455,
    body: `Twice a year, the harbours of Saltmarsh and Carrow set aside their differences about fish prices, football and whose lifeboat is faster, and row against each other across six miles of open sea. The prize is an oar.

Not just any oar. The Painted Oar is a battered length of ash, painted in the colours of both towns and carved with the names of every winning crew since the race began more than a century ago. It is kept for six months in the winning town's harbour office, in a glass case that is, by long tradition, never cleaned.

This weekend's race is the 214th.

## The boats

The crews race in pilot gigs: long, narrow wooden rowing boats with six oars and a cox, originally built to carry pilots out to ships approaching the coast. The boats must be built of wood to a traditional pattern, and each town owns three, the oldest more than eighty years old.

Both clubs have spent the autumn training in the early mornings before work. Saltmarsh's women's crew, who won last spring, have been out five days a week.

"It's not really about fitness," said their stroke, Bryony Hesketh, a nurse. "Everybody's fit. It's about six people pulling at exactly the same moment for forty minutes while the sea tries to stop them."

## The course

The race runs from the breakwater at Carrow to the lighthouse at Saltmarsh, or the reverse in alternate years. The sea can be flat calm or violent, and the race has been postponed for weather only a handful of times.

- Men's and women's crews race separately, and a combined junior race follows.
- The oar goes to the town with the better combined time across the two senior races.
- Spectators follow in a flotilla of fishing boats, which the harbourmaster asks to keep "at least two oar-lengths behind the last boat, and sober".

The full schedule is posted on the [regatta committee's page](https://paintedoar.example).

## A rivalry that survived

The race has outlived much of the industry that created it. Pilot gigs stopped working generations ago, and both harbours have seen their fishing fleets shrink. But membership of the rowing clubs has grown over the past decade, and junior sections in both towns are full.

"Kids here are growing up in places that have lost a lot," said Carrow club captain Ewan Pascoe. "This is something that hasn't gone. You can put your hands on the same oars your great-grandparents pulled."

This year's race carries an extra edge. Saltmarsh has won the last four, and Carrow is desperate to break the streak. Asked for a prediction, Pascoe was diplomatic.

"The sea will decide," he said. Then, after a pause: "But the oar's coming home."`,
  }),
  withHero({
    slug: "ultra-runners-cross-salt-flats-in-record-heat-raising-safety-questions",
    title: "Ultra-runners cross salt flats in record heat, raising safety questions",
    dek: "Nineteen competitors were treated for heat illness at a 160-kilometre desert race held during the hottest week on record for the region.",
    excerpt:
      "Nineteen runners were treated for heat illness during a 160-kilometre race across inland salt flats held in record temperatures, prompting calls for endurance events to adopt firmer heat rules.",
    section: "sport",
    source: "meridian-wire",
    authors: ["owen-tallis"],
    tags: ["ultrarunning", "extreme-heat", "athlete-safety"],
    hoursAgo: 380,
    commentsOpen: false,
    body: `Nineteen competitors were treated for heat illness, and three taken to hospital, during a 160-kilometre ultra-marathon across inland salt flats held this weekend in the hottest temperatures ever recorded in the region.

All three hospitalised runners have since been discharged, organisers said. But the event has prompted sharp criticism from doctors and some athletes, who argue that endurance races need clearer rules on when heat makes it unsafe to continue.

## A race in the furnace

The race, in its ninth year, crosses a vast, white salt pan and the scrubland around it. Temperatures on the flats often exceed 40C in the afternoon, and the event has always been marketed as one of the hardest in the sport.

This year, the thermometer at the halfway checkpoint recorded 47C on Saturday afternoon. Reflected glare from the salt raised the heat felt by runners still further.

Of the 212 starters, 71 finished, the lowest completion rate in the race's history. Organisers extended rest stops and added water stations but did not stop or shorten the race.

"We followed our safety plan," the race director said in a statement. "Runners are experienced, they know the conditions, and every one of them was monitored. Nobody suffered lasting harm."

## Doctors urge firmer limits

Sports medicine specialists say that approach relies too heavily on runners' judgement in conditions that impair it.

> "Heat illness affects the brain before it affects the legs. A runner in the early stages of heatstroke is often the last person to realise it." — Dr Amara Feld, sports physician

Several sporting bodies use a heat stress index combining temperature, humidity, sun and wind, with fixed thresholds for delaying, shortening or cancelling events. Ultra-running, which has grown quickly and is largely organised by independent companies, has no single governing body to impose such rules.

A working group of race doctors recommends:

- A published heat stress threshold above which races are shortened or paused.
- Mandatory cooling stations with ice immersion at regular intervals.
- Medical staff with authority to withdraw runners, not just advise them.

Its recommendations are published on the [endurance medicine network's site](https://endurancemed.example/heat).

## Runners divided

Athletes are split. Some argue that extreme conditions are the point of events like this one, and that adults should be free to take risks they understand. Others say the sport's culture makes it hard to stop.

"Nobody wants to be the one who quits," said one runner who withdrew at 90 kilometres. "You've trained for a year, your family has flown out to watch. That's exactly why someone else has to make the call."

As temperatures rise, the question will not go away. Climate scientists expect extreme heat to become more frequent across the region. The race's organisers say they will review their plans before next year. *Comments are closed on this article while the organisers' review is pending.*`,
  }),
  withHero({
    slug: "seagrass-replanting-doubles-in-the-bay-after-volunteer-dive-season",
    title: "Seagrass replanting doubles in the bay after volunteer dive season",
    dek: "Volunteer divers planted four hectares of meadow this year, and early surveys suggest last year's planting is spreading on its own.",
    excerpt:
      "Volunteer divers planted four hectares of seagrass in the bay this year, double last season, and surveys show earlier plots are spreading on their own, bringing back seahorses and juvenile fish.",
    section: "climate",
    source: "harbour-ledger",
    authors: ["priya-castellane"],
    tags: ["seagrass", "ocean-restoration", "volunteering", "carbon-cycle"],
    hoursAgo: 67,
    body: `On a grey morning in the bay, six divers rolled backwards off an inflatable boat and disappeared beneath the surface, each carrying a hessian bag of seedlings. Half an hour later they were back, empty-handed and grinning. Another patch of meadow had been planted.

The Bay Seagrass Project, run by volunteers with support from a marine charity, planted four hectares of seagrass this year, double last year's total and the largest area in any single season since the project began. And surveys of earlier plots suggest that the plants are starting to spread on their own.

"This is the moment we were hoping for," said project coordinator Aoife Brannigan. "For years we were planting. Now the meadow is beginning to plant itself."

## Why seagrass matters

Seagrass meadows were once widespread in the bay but were largely lost during the last century to disease, pollution and damage from anchors and dredging. Their disappearance mattered more than it might seem.

- Seagrass stores carbon in the sediment beneath it, at rates per hectare several times higher than many forests.
- Meadows shelter juvenile fish, including species important to local fishing boats.
- Their roots stabilise the seabed and reduce coastal erosion.
- They filter the water, improving clarity for other marine life.

## The planting

Most of the planting is done by hand. Volunteers collect seeds from surviving meadows in late summer, store them over winter in tanks at a local aquarium, and plant them in the spring in small hessian bags filled with sand, which divers push into the seabed.

It is slow, cold work. More than 200 volunteers took part this year, including qualified divers and helpers on shore who fill the bags, often at tables set up in the harbour car park. The project's [volunteer page](https://bayseagrass.example/volunteer) lists sessions for next season.

## Signs of life

Survey divers monitoring plots planted three years ago report that seagrass density has roughly doubled without further planting, and that the meadows are expanding at their edges. They have also seen seahorses in the meadows for the first time in living memory, along with dense shoals of juvenile fish.

> "The first time I saw a seahorse on one of our plots, I laughed so hard I flooded my mask." — Aoife Brannigan

## Challenges remain

The project faces real threats. Boat anchors can tear up young meadows, and the harbour authority is installing eco-moorings that do not drag along the seabed. Runoff from farmland and sewage overflows still cloud the water after heavy rain.

Scientists also caution that carbon storage estimates for restored meadows remain uncertain, and that seagrass is not a substitute for cutting emissions.

Brannigan agrees. "Nobody's saving the climate with hessian bags," she said. "But we are bringing a bit of the bay back to life. That's not nothing."`,
  }),
  withHero({
    slug: "hill-farmers-trial-rewetting-peat-bogs-for-carbon-payments",
    title: "Hill farmers trial rewetting peat bogs for carbon payments",
    dek: "Blocking old drainage ditches could stop upland peat releasing carbon. Farmers want to know whether the payments will outlast the politics.",
    excerpt:
      "Hill farmers in the northern valleys are blocking drainage ditches on upland peat bogs in a trial that pays them for the carbon kept in the ground. Many want guarantees that the payments will last.",
    section: "climate",
    source: "northgate-courier",
    authors: ["priya-castellane", "jonah-abernethy"],
    tags: ["peatlands", "farming", "carbon-cycle"],
    hoursAgo: 630,
    body: `High on the moor above the valley, Eira Lewin stands beside a ditch her grandfather dug. It runs straight as a ruler across the peat, draining water down the hill so that sheep could graze on drier ground. This spring, a contractor will block it with a series of small peat dams, and the moor around it will slowly become wet again.

Lewin is one of 28 farmers taking part in a three-year trial that pays landowners to rewet drained peat bogs in the northern valleys. The payments are based on estimates of how much carbon the restored bog will keep in the ground rather than releasing into the air.

"My grandfather was paid to drain it," she said. "I'm being paid to undo it. I try not to think too hard about that."

## Why peat matters

Peat forms over thousands of years as waterlogged plants fail to fully decompose. Healthy bogs lock away vast amounts of carbon; the peatlands of the northern hills are estimated to hold more carbon than all the region's forests combined.

When peat is drained, air gets in and the stored material begins to break down, releasing carbon dioxide. Drained and damaged peatland is a significant source of emissions. Rewetting can slow or stop those losses and, in time, allow the bog to start growing again.

## How the trial works

The scheme is run by a partnership of the regional water company, which benefits from cleaner runoff, and a conservation trust, with funding from companies buying carbon credits.

- Contractors block ditches with peat dams or wooden boards, raising the water table.
- Farmers receive an annual payment per hectare, with a bonus if monitoring shows the water table has risen.
- Grazing continues at lower levels on most sites.
- Independent surveyors measure water levels and vegetation every year.

The details, including the payment rates, are published on the [partnership's website](https://uplandpeat.example/trial).

## Farmers' doubts

Interest has been strong, but so has caution. Farmers who spoke to the Courier worried about three things: whether payments would continue after the trial, whether rewetting would make land unusable for future generations, and whether carbon markets could be trusted.

> "Schemes come and go. A drained bog takes a weekend to block and a lifetime to get back. I want to know someone will still be paying in twenty years." — Gethin Roberts, farmer

Some environmental groups also have concerns, arguing that carbon credits from peatland could be used by companies to avoid cutting their own emissions.

## Early signs

At the sites blocked first, last year, the results are already visible. Sphagnum moss, the bright green and red plant that forms new peat, is spreading into pools behind the dams. Curlews, a wading bird that had almost disappeared from the moor, were seen nesting on two farms.

Lewin says she will decide at the end of the trial whether to continue. "If it works, I'll be proud of it," she said. "Farming has always been about looking after the land for the next lot. This is just a different way of doing it."`,
  }),
];
