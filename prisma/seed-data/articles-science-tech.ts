/** Stand-alone Science and Technology articles. */
import { withHero } from "./hero";
import type { SeedArticle } from "./types";

/**
 * SANITISER TEST FIXTURE: the article with slug
 * "malicious-script-hid-in-popular-recipe-widget-for-months" deliberately contains a raw
 * <script> line and an <img onerror> tag in its Markdown body. The site's Markdown sanitiser
 * must strip both; they must never execute or appear as live HTML.
 */
export const SANITISER_FIXTURE_SLUG = "malicious-script-hid-in-popular-recipe-widget-for-months";

export const scienceTechArticles: SeedArticle[] = [
  withHero({
    slug: "fruit-bats-find-their-way-home-by-remembering-smells",
    title: "Fruit bats find their way home by remembering smells, study finds",
    dek: "Tracking tags on 60 bats suggest they build a mental map of scents, from flowering trees to the smoke of village cooking fires.",
    excerpt:
      "Researchers who fitted GPS tags to 60 fruit bats found the animals navigate partly by a remembered map of smells, returning along scent trails even when landmarks were hidden by fog.",
    section: "science",
    source: "orbit-and-axis",
    authors: ["clara-benitez"],
    tags: ["animal-behaviour", "bats", "biology"],
    hoursAgo: 110,
    body: `Fruit bats that forage tens of kilometres from their roosts each night appear to find their way home partly by remembering a map of smells, according to a study published this week.

The research team fitted tiny GPS tags to 60 bats in a colony roosting in a river gorge and tracked their flights over three months. They found that the bats' routes were remarkably consistent, and that on foggy nights, when visual landmarks were hidden, the animals still flew home along nearly the same paths.

"We expected them to get lost, or at least to wander," said lead author Dr Beatriz Onyango. "Instead they flew as if they were following a trail. And in a sense they were."

## Following the scent

The key evidence came from an experiment the team did not plan. Midway through the study, a large fig tree on one of the bats' favourite routes was cut down. Over the following week, bats that had regularly flown past it changed course, sometimes by several hundred metres, before gradually settling on new routes.

The researchers then set up small scent stations, releasing the odour of ripe figs and other fruit at points along the bats' paths. Bats altered their flights towards the scent stations significantly more often than towards identical stations releasing no odour.

Combined with earlier laboratory work showing that fruit bats have an unusually good sense of smell, the team argues that the animals build what they call an "olfactory map": a memory of where particular smells are found, which they use alongside vision and possibly the Earth's magnetic field.

## Smoke and gardens

The bats' mental map is not made only of fruit. The tracking showed that many bats flew along routes that passed close to villages, and the team suspects the smells of human life, cooking fires, gardens and drying crops, may act as signposts too.

> "To a bat, a village probably smells like a lighthouse looks to a sailor." — Dr Beatriz Onyango

## Why it matters

Fruit bats are important seed dispersers and pollinators, and many populations are declining as forests are cleared. If bats rely on a remembered landscape of smells, the researchers say, sudden changes such as felling a stand of fruit trees may disrupt their navigation more than previously thought.

Other scientists welcomed the study but urged caution. A bat behaviour researcher not involved in the work said the scent experiments were "suggestive but not conclusive", since bats might have been attracted to food rather than using scent to navigate.

The team plans to repeat the experiments in other colonies. Its data, including animations of the bats' nightly flights, is available on the [project website](https://batflightlab.example/olfactory-map).

For the people who live near the gorge, the study has added to their affection for the bats, which stream out at dusk in great dark ribbons. "We always said they knew the way," said a local guide. "Now the scientists say so too."`,
  }),
  withHero({
    slug: "barley-from-a-mill-cellar-seed-store-sprouts-after-a-century",
    title: "Barley from a mill cellar seed store sprouts after a century",
    dek: "Sacks of grain found behind a bricked-up wall at an old valley mill contained seeds that, against expectations, germinated in the lab.",
    excerpt:
      "Barley seeds found in sacks behind a bricked-up cellar wall at an old valley mill have germinated after roughly a hundred years, offering plant breeders a window into varieties thought lost.",
    section: "science",
    source: "northgate-courier",
    authors: ["clara-benitez"],
    tags: ["agriculture", "plant-science", "heritage-crops"],
    hoursAgo: 265,
    body: `When builders renovating the old mill at Ferrow Bridge knocked through a wall in its cellar last winter, they found a small, dry room containing eleven hessian sacks of barley, a broken lantern and a newspaper dated from roughly a century ago.

This week, scientists at the regional agricultural research station announced that some of that barley is alive.

Of 400 seeds tested, 23 germinated in laboratory conditions, producing healthy green shoots. The seedlings are now being grown on in a greenhouse, and the team hopes to harvest fresh seed from them next summer.

"I honestly thought we'd get zero," said Dr Hanne Strand, a plant geneticist who led the tests. "Seeds can survive a long time if they're cold and dry, but a hundred years in a mill cellar is asking a lot. That cellar must have been an unusually kind place to be a seed."

## Why it matters

The barley is of interest because it probably represents a local variety grown in the valleys before modern breeding transformed the crop. Such "landraces" were adapted over generations to particular soils and climates, and many have been lost entirely.

Early genetic analysis suggests the Ferrow barley differs from any variety held in national seed collections. It appears to be a tall, two-row barley, of a type once used for brewing and for animal feed.

Plant breeders are interested in old varieties because they may carry traits lost during modern breeding, such as resistance to particular diseases or tolerance of poor soils and wet summers, conditions the valleys know well.

## The detective work

How the sacks came to be sealed in the cellar is a mystery. Local historians have several theories:

- The grain may have been stored as seed for the next year's sowing and forgotten when the miller died.
- The room may have been bricked up during repairs after a flood, with the sacks inside.
- It may have been hidden deliberately during a time of shortage, although there is no record of this.

The local history society is appealing for old photographs of the mill and records from the family who ran it. It has set up a [page for contributions](https://ferrowhistory.example/mill).

## What happens next

If the seedlings produce viable seed, the research station will deposit samples in the national seed bank and share them with breeders and with farmers who want to try growing them.

A small local brewery has already asked to be first in line. Its head brewer said he would like to make a beer "that tastes like the valley did a hundred years ago".

Dr Strand said that would be a fitting end. "This seed was somebody's plan for the next harvest," she said. "It's just taken a bit longer than they expected."`,
  }),
  withHero({
    slug: "the-ocean-twilight-zone-is-giving-up-its-carbon-secrets",
    title: "The ocean's twilight zone is giving up its carbon secrets",
    dek: "A year of robotic floats in the dim middle layer of the sea suggests it stores more carbon than models assumed, and more fragile than hoped.",
    excerpt:
      "Robotic floats drifting through the ocean's dim 'twilight zone' for a year suggest this middle layer carries more carbon into the deep than climate models assume, through the nightly migration of small animals.",
    section: "science",
    source: "orbit-and-axis",
    authors: ["clara-benitez", "priya-castellane"],
    tags: ["oceans", "carbon-cycle", "marine-biology"],
    hoursAgo: 410,
    body: `Between about 200 metres and 1,000 metres below the surface lies a part of the ocean that receives too little light for plants to grow but just enough to see by. Scientists call it the twilight zone. It is one of the least explored environments on Earth, and new research suggests it plays a bigger role in regulating the climate than previously thought.

A team of oceanographers deployed 24 robotic floats in the open ocean and let them drift through the twilight zone for a year, rising and sinking on a programmed cycle and measuring particles, oxygen, light and the sound echoes of animals. Their results, published this week, indicate that the twilight zone carries roughly 30 per cent more carbon into the deep ocean than the models used in climate projections assume.

## The great migration

The main reason appears to be animals. Every night, vast numbers of small fish, shrimp-like crustaceans and jellies swim up from the twilight zone to feed near the surface, then descend again before dawn. It is often described as the largest migration on the planet.

When these animals eat near the surface and then excrete, respire or die at depth, they carry carbon downwards with them. The floats' acoustic sensors tracked the migrations night after night, and the team was able to estimate how much carbon moved with them.

"We knew the migration happened. We didn't know how much it mattered," said Dr Yaw Castellanos, the study's lead author. "It turns out these animals are running a very large conveyor belt."

## Fragile as well as important

The findings have a less comfortable side. If the twilight zone is doing more work to store carbon, then changes to it could matter more than expected.

- Warming waters may change where migrating animals live and how deep they go.
- Falling oxygen levels in some regions could squeeze their habitat.
- Commercial interest in fishing twilight zone species, for fish meal and oil, is growing.

> "We are only just learning what this part of the ocean does. It would be a poor time to start emptying it." — Dr Yaw Castellanos

## Cautions

Other oceanographers praised the study's scale but noted that a year of data from one ocean basin may not represent the whole planet. Floats also cannot identify individual species, so estimates of how much carbon each group moves remain uncertain.

The team plans to deploy more floats in other oceans over the next three years. Data from the project is available on an [open portal](https://twilightfloats.example/data).

For a part of the sea that few people will ever see, the twilight zone is having a moment. Castellanos hopes the attention lasts. "Most people picture the ocean as a surface and a bottom," he said. "The most interesting part may be the middle."`,
  }),
  withHero({
    slug: "malicious-script-hid-in-popular-recipe-widget-for-months",
    title: "Malicious script hid in popular recipe widget for months",
    dek: "A compromised update to an embeddable recipe card injected code into thousands of food blogs, redirecting some readers to scam pages.",
    excerpt:
      "A compromised update to a widely used recipe-card widget quietly injected code into thousands of food blogs for months, researchers say, sending some visitors to scam pages and skimming clicks.",
    section: "technology",
    source: "orbit-and-axis",
    authors: ["rafael-quintero"],
    tags: ["cybersecurity", "web-security", "supply-chains"],
    hoursAgo: 57,
    body: `A widely used widget that lets food bloggers display recipes in neat printable cards was quietly serving malicious code to readers for at least five months, according to security researchers who disclosed the problem this week.

The widget, embedded on an estimated 14,000 websites, is loaded from a third-party server each time a reader opens a recipe. Researchers at the independent security group [Quillgate Labs](https://quillgate.example/research/recipe-card) found that an update pushed in the spring contained an extra block of obfuscated code that did not belong to the widget's developer.

"Nobody reading a recipe for lemon cake expects to be attacked," said researcher Noor Haddad. "That's exactly why it worked."

## What the code did

The injected code was carefully designed to avoid attention. It stayed dormant for most visitors and activated only for readers arriving from search engines on mobile phones, and only once per device. When it did activate, it redirected a small fraction of visitors to fake prize pages and silently opened advertising links in the background to generate fraudulent clicks.

Injected snippets of this kind typically arrive as ordinary-looking markup, for example:

<script>alert(1)</script>

and sometimes as broken images whose error handlers run code:

<img src=x onerror=alert(1)>

Sites that render untrusted content without sanitising it will run such code in every reader's browser. Sites that strip it, as a well-configured publishing system should, will simply show nothing.

## How it happened

The widget's developer, a two-person company, said an attacker had obtained the password of a contractor who had access to its content delivery account. The attacker then modified the hosted script directly, without touching the company's source code repository, which is why its own tests never noticed.

This is a classic software supply-chain attack: instead of breaking into thousands of sites, the attacker broke into one shared dependency that all of them trusted.

## What site owners should do

Security researchers recommend several precautions, most of which apply to any third-party script:

- Use subresource integrity checks, which make the browser refuse a script whose contents have changed unexpectedly.
- Set a content security policy that limits which domains can run scripts.
- Host critical third-party code yourself where licences allow, and update it deliberately.
- Sanitise any HTML that comes from outside sources before displaying it.

## Readers

For readers, the risk was mostly annoyance and fraud rather than stolen data, the researchers said, since the code did not attempt to read passwords or payment details. Anyone who entered details on one of the fake prize pages should contact their bank.

The developer has removed the malicious code, rotated its credentials and says it will introduce two-factor authentication for all accounts. Haddad said the episode was a reminder that "every script you embed is a door you have handed someone a key to".`,
  }),
  withHero({
    slug: "rural-broadband-cooperatives-string-fibre-along-old-telegraph-routes",
    title: "Rural broadband cooperatives string fibre along old telegraph routes",
    dek: "Villages tired of waiting for commercial providers are digging their own networks, sometimes following paths laid out 150 years ago.",
    excerpt:
      "Village broadband cooperatives are laying their own fibre-optic networks, in some places along the routes of long-abandoned telegraph lines, and offering faster connections than the big providers.",
    section: "technology",
    source: "meridian-wire",
    authors: ["henrik-saar"],
    tags: ["broadband", "cooperatives", "rural-life"],
    hoursAgo: 302,
    body: `The trench running across the sheep field above Dunmoor is only 30 centimetres deep and about as wide as a spade. In it lies a thin orange duct, and inside that, a fibre-optic cable that gives the village one of the fastest internet connections in the region.

It was dug by volunteers.

Dunmoor is one of a growing number of villages where residents, frustrated by years of slow connections and promises from commercial providers, have formed cooperatives to build their own broadband networks. The village's cooperative, which has 140 member households, switched on its network last month.

"We were told for fifteen years that we were next on the list," said cooperative secretary Ffion Adair. "Eventually we realised the list was going the other way."

## Following the telegraph

Several cooperatives have found an unexpected ally in history. In the late nineteenth century, telegraph lines were strung across the countryside along routes chosen for being direct, easy to access and agreed with landowners. Many of the poles are long gone, but the wayleaves, the legal rights to cross land, sometimes survive, as do the paths themselves.

In Dunmoor, volunteers traced an old telegraph route using maps in the county archive and found that most of it followed field boundaries and farm tracks. Landowners were asked to grant new permissions, and almost all agreed, often in exchange for a free connection.

"It's a lovely irony," Adair said. "The first network that connected this village to the world is helping the newest one do the same."

## How it works

Cooperatives typically raise money from members and community investors, apply for public grants and do as much of the labour as they can themselves. Specialist contractors handle the technical work of splicing fibre and connecting to the national network.

- Dunmoor's network cost about a third of what a commercial provider quoted.
- Members pay a monthly fee similar to city broadband prices.
- Volunteers dug over 11 kilometres of trench across two summers.

A national association of community networks publishes guidance for villages considering the model on its [website](https://communityfibre.example/guide).

## The challenges

Not every cooperative succeeds. Some run out of volunteers or money midway through. Others struggle with the technical demands of running a network once it is built, including fixing faults at two in the morning.

Commercial providers say cooperatives can complicate their planning, and some argue that public subsidies should go to larger schemes. Cooperatives reply that they exist precisely because the larger schemes never arrived.

In Dunmoor, the results are already visible. A graphic designer has moved back to the village. The school streams lessons to children stuck at home in snow. And the farm at the top of the hill, whose field the trench crosses, now monitors its lambing shed by camera from the kitchen.`,
  }),
  withHero({
    slug: "city-buses-get-new-route-planning-software-and-drivers-get-a-say",
    title: "City buses get new route-planning software, and drivers get a say",
    dek: "Fieldstone's transit agency involved its drivers in testing an algorithm that redesigns timetables, and says the result is better for it.",
    excerpt:
      "Fieldstone's bus network has adopted route-planning software that redesigns timetables from passenger data, after drivers spent a year testing it and rewriting rules the algorithm got wrong.",
    section: "technology",
    source: "fieldstone-gazette",
    authors: ["henrik-saar", "owen-tallis"],
    tags: ["public-transport", "algorithms", "labour"],
    hoursAgo: 520,
    body: `Fieldstone's buses will run to a new timetable from next month, one designed with the help of software that analyses millions of passenger journeys and proposes schedules and routes. What makes the project unusual is not the algorithm. It is that the drivers helped write the rules.

The city's transit agency spent a year testing the software, which was developed by a local university spin-out, before adopting it. During that time, a panel of 24 drivers reviewed every proposed change and flagged those that did not work on the road.

"Software can tell you that a bus should take six minutes between two stops," said driver Olu Bankole, who sat on the panel. "It can't tell you that a school lets out at 3.15 and the road becomes a car park."

## What the software does

The system takes anonymised data from ticket machines and contactless payments and builds a picture of where people travel and when. It then proposes timetables designed to reduce waiting and crowding, and flags routes that could be merged or split.

The agency says the new timetable will:

- increase evening frequency on the four busiest routes;
- merge two lightly used routes in the eastern suburbs into one with a more frequent service;
- add a new cross-town route that does not pass through the city centre, reflecting trips the data showed people were making with two changes.

## Where the humans came in

Early versions of the timetable, drivers say, contained errors that would have been obvious to anyone who knew the city. Break times were scheduled at stops with no toilets. Turns were proposed at junctions too tight for a full-length bus. Running times assumed that traffic lights near the hospital behaved the same at night as during the day.

The panel produced more than 300 corrections, many of which were turned into permanent rules in the software. The agency published a summary of the process on its [website](https://fieldstonetransit.example/new-network).

"The algorithm was good at patterns," said Dr Elin Marrak, who led the university team. "The drivers were good at exceptions. You need both."

## Not everyone is happy

The merged eastern route means some passengers will walk further to their stop. A residents' group says older people were not properly consulted and has collected 900 signatures asking for the change to be reversed.

The drivers' union, while supportive of the process, says it will watch closely to make sure the software is not later used to tighten schedules in ways that cut rest breaks.

Transit officials say they will review the network after six months. Bankole, who has driven the number 12 for nineteen years, is cautiously optimistic. "It's the first time anyone has asked me how the route should work," he said. "That alone is worth something."`,
  }),
  withHero({
    slug: "repair-cafes-push-for-the-right-to-fix-electric-bikes",
    title: "Repair cafés push for the right to fix electric bikes",
    dek: "Volunteers who mend toasters and trousers say e-bike batteries and motors are increasingly locked against independent repair.",
    excerpt:
      "Volunteer repair cafés say electric bikes are the fastest-growing item on their benches and the hardest to fix, with locked software and sealed batteries, and are calling for right-to-repair rules.",
    section: "technology",
    source: "orbit-and-axis",
    authors: ["henrik-saar"],
    tags: ["right-to-repair", "e-bikes", "cycling"],
    hoursAgo: 190,
    body: `On the first Saturday of each month, the church hall in Marrow Junction fills with broken things: lamps, toasters, a sewing machine, trousers with a torn pocket. Increasingly, it also fills with electric bikes.

"Two years ago we saw maybe one a month," said Kasia Morrow, who coordinates the repair café there. "Now it's five or six every session, and they're the things we most often have to send home unfixed."

Repair cafés, where volunteers help people mend their belongings for free, have spread to hundreds of towns. Several of them have now joined a campaign calling for electric bikes to be covered by right-to-repair rules, which require manufacturers to make spare parts, tools and repair information available.

## What goes wrong

Most faults on e-bikes are ordinary: worn brakes, loose wiring, broken lights, punctures. Volunteers can fix those. The problems come with the motor, the battery and the software that connects them.

- **Sealed batteries.** Many packs are glued shut, so a single failed cell means replacing the whole battery, which can cost a third of the bike's price.
- **Paired components.** Some manufacturers link the motor, battery and display by serial number, so that a replacement part from another bike will not work without dealer software.
- **Error codes.** Diagnostic codes are often undocumented, leaving independent repairers to guess.

"We had a woman in last month whose bike said 'Error 21' and nothing else," Morrow said. "The dealer wanted a fee just to plug it in. We found the meaning on a forum in another language."

## The manufacturers' view

An industry association representing e-bike makers said that restrictions exist mainly for safety. Lithium-ion batteries can catch fire if badly repaired, and mismatched components can overheat. It said members were "open to dialogue" about repair information.

Campaigners accept that batteries need care but argue that the answer is training and standards, not locks. They point to guidance published by a [repair network](https://repairnetwork.example/ebike-batteries) on safe battery cell replacement.

## Why it matters

E-bikes are being promoted by cities as a way to cut car journeys, often with public subsidies. Campaigners argue that if the bikes are hard to repair, they will be replaced more often, undermining their environmental benefit and making them more expensive to own.

"If you're going to subsidise a product, it should be one people can keep running," said Morrow.

At the Marrow Junction session, volunteer Teodor Blum, a retired electrician, was working on a cargo bike with a dead display. After twenty minutes and a borrowed cable, it lit up. The owner, a father with two children waiting in the cargo box, applauded.

"That one was lucky," Blum said. "The next one might not be."`,
  }),
];
