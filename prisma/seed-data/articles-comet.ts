/** Story cluster: the Lumen comet mission (tags: lumen-mission, comets). */
import { withHero } from "./hero";
import type { SeedArticle } from "./types";

export const cometArticles: SeedArticle[] = [
  withHero({
    slug: "lumen-probe-wakes-from-hibernation-ahead-of-comet-flyby",
    title: "Lumen probe wakes from hibernation ahead of comet flyby",
    dek: "After 31 months asleep, the small spacecraft phoned home on schedule and begins the final approach to comet Halloran-Voss.",
    excerpt:
      "The Lumen spacecraft has woken from 31 months of hibernation and sent its first signal home, beginning a four-week approach to comet Halloran-Voss and the closest flyby of a comet nucleus yet attempted.",
    section: "science",
    source: "orbit-and-axis",
    authors: ["sofia-mora"],
    tags: ["lumen-mission", "comets", "space-exploration"],
    hoursAgo: 612,
    body: `At 04:17 on Sunday morning, a faint signal arrived at the deep-space tracking station in the southern hills, and the small control room erupted in applause. Lumen, a spacecraft the size of a kitchen refrigerator, had woken up.

The probe had spent 31 months in hibernation, spinning slowly with most of its systems switched off to save power as it coasted towards comet Halloran-Voss. Its onboard clock was programmed to wake it this weekend, warm its instruments and point its antenna at Earth. Until the signal arrived, nobody on the ground could be sure any of that had worked.

"You spend years planning for a moment that takes less than a second," said mission manager Dr Oksana Perrault. "And then you just have to wait and listen."

## A small mission with a big target

Lumen was built by a consortium of universities and a national space agency on a deliberately modest budget. It carries five instruments: two cameras, a dust analyser, a spectrometer and a magnetometer. It has no lander and no plan to orbit the comet. Instead, it will fly past the nucleus at a distance of about 180 kilometres, closer than any comet flyby attempted before, and then continue on into deep space.

Halloran-Voss is what astronomers call a Jupiter-family comet, returning to the inner solar system every six and a half years. Its nucleus is thought to be about four kilometres across. It was chosen because its orbit made a flyby affordable and because it is unusually active for its size, throwing off jets of gas and dust as it warms.

## What comes next

Over the next four weeks, the team will:

- test each instrument in turn and calibrate the cameras on background stars;
- take the first distant images of the comet to refine its position;
- perform two small engine burns to fine-tune the approach path;
- upload the automated sequence that will run the flyby itself, since signals take too long to travel for real-time control.

The flyby will last only a few hours. Much of the science will come from the dust analyser, which will sample particles from the comet's coma as the probe passes through it.

## Risks

The close approach is a calculated gamble. At that distance, dust particles travelling at several kilometres per second relative to the spacecraft could damage solar panels or instruments. Lumen has a shield on its forward face, but engineers estimate a small chance of serious damage.

"We designed this mission to go close because close is where the interesting things are," Perrault said. "We have accepted that risk with our eyes open."

Updates from the team will be posted on the [mission site](https://lumenmission.example/updates). For now, the control room has one modest goal: to keep the probe healthy and listening for the next month.`,
  }),
  withHero({
    slug: "lumens-first-images-show-comet-nucleus-shaped-like-a-peanut",
    title: "Lumen's first images show a comet nucleus shaped like a peanut",
    dek: "Early pictures from the approaching spacecraft reveal two lobes joined by a narrow neck, and jets streaming from the sunward side.",
    excerpt:
      "The first resolved images of comet Halloran-Voss from the Lumen probe show a two-lobed nucleus shaped like a peanut, with jets of gas and dust streaming from its sunlit side.",
    section: "science",
    source: "meridian-wire",
    authors: ["sofia-mora", "clara-benitez"],
    tags: ["lumen-mission", "comets", "planetary-science"],
    hoursAgo: 333,
    body: `The comet has a shape, and it is a peanut.

Images released on Wednesday by the team operating the Lumen spacecraft show the nucleus of comet Halloran-Voss as two rounded lobes joined by a narrow waist, tumbling slowly as it moves towards the Sun. The pictures were taken from about two million kilometres away, so the comet covers only a few dozen pixels, but the outline is unmistakable.

"The moment the second image came in, somebody in the room said 'peanut', and that was it, that's the name now," said Dr Tamsin Kerrow, who leads the camera team. "We'll have to find something more scientific for the papers."

## Why two lobes

Two-lobed nuclei are not new; several comets visited by earlier spacecraft share the shape. Astronomers believe many formed when two smaller bodies drifted gently together in the cold outer solar system billions of years ago, touching at walking pace and sticking.

Halloran-Voss will be a useful test of that idea. If the two lobes show different layering, colours or compositions when Lumen gets closer, that would support the theory that they formed separately.

## Jets and activity

The images also show at least three jets of material streaming from the nucleus on its sunward side. As the comet approaches the Sun, frozen gases beneath its surface warm and escape, dragging dust with them.

The jets are both exciting and a concern. The flyby team must now calculate how much dust Lumen will encounter during its close pass, scheduled for less than two weeks from now at a distance of about 180 kilometres.

- The current estimate is that activity is about 20 per cent higher than predicted.
- The team is considering whether to raise the flyby distance slightly to reduce risk.
- A decision is expected after the next round of images later this week.

## Sharing the pictures

Unusually for a deep-space mission, the Lumen team is publishing raw images within hours of receiving them, on a public [image archive](https://lumenmission.example/raw). Within a day, amateur image processors had produced sharpened versions and animations of the rotating nucleus that circulated widely online.

"We want people to be able to watch this happen with us," said mission manager Dr Oksana Perrault. "The public paid for this spacecraft. They should get to see what it sees as quickly as we do."

Scientists say the real prize is still ahead. At closest approach, Lumen's cameras should resolve details as small as a few metres across, enough to see cliffs, pits and boulders. Until then, the peanut will keep turning, and the team will keep counting jets.`,
  }),
  withHero({
    slug: "amateur-astronomers-in-the-valleys-help-track-lumens-target",
    title: "Amateur astronomers in the valleys help track Lumen's target",
    dek: "From back gardens and a converted grain store, volunteers are measuring the brightness of comet Halloran-Voss night after night.",
    excerpt:
      "A network of amateur astronomers in the northern valleys is measuring comet Halloran-Voss every clear night, giving the Lumen mission team early warning of changes in the comet's activity.",
    section: "science",
    source: "northgate-courier",
    authors: ["clara-benitez"],
    tags: ["lumen-mission", "comets", "citizen-science", "astronomy"],
    hoursAgo: 181,
    body: `On clear nights this month, a converted grain store above the village of Hollin Brae has been one of the busiest places in the valleys after midnight. Inside, under a roll-off roof, members of the Upper Aske Astronomical Society take turns at a secondhand telescope, measuring the brightness of a faint smudge of light: comet Halloran-Voss.

Their measurements are going straight to the team running the Lumen spacecraft, which will fly past the comet's nucleus in about a week.

"It's a bit surreal," said society chair Gwen Attley, a retired maths teacher. "You're standing in a shed that used to hold barley, and your numbers are being used to fly a spacecraft."

## Why the mission needs amateurs

Lumen's cameras can see the comet in great detail, but only from one angle and only when the spacecraft is pointed the right way. Ground-based observers provide a continuous, independent record of how bright the comet is and how its dusty coma is changing.

That matters because comets are unpredictable. A sudden outburst could throw extra dust into Lumen's path. The mission team has asked observers around the world to submit brightness measurements to a shared [observation portal](https://lumenmission.example/observers), and the valley society is one of the most consistent contributors.

"Professional telescopes are booked months in advance and can't watch one comet every night," said Dr Tamsin Kerrow of the Lumen camera team. "Amateurs can, and their equipment today is astonishingly good."

## Dark skies as an asset

The northern valleys have some of the darkest skies in the region, thanks to low population and a council policy, adopted a decade ago, limiting street lighting in rural areas. The society has used the Lumen campaign to argue that those skies should be protected.

- The society has recorded measurements on 17 of the past 24 nights.
- Members range in age from 14 to 83.
- The telescope was bought with a grant from the village hall fund and restored by a member who is a retired engineer.

## A night at the scope

On Tuesday night, with frost forming on the roof rails, fourteen-year-old Rhys Caddell was at the controls. He took a series of thirty-second exposures, checked them against reference stars and logged the comet's brightness to two decimal places.

"It's slightly brighter than last week," he reported. "Which is either good or bad for the spacecraft. I'm not sure which."

Attley laughed. "That's the honest answer," she said. "That's science."

The society will host an open night on the evening of the flyby, with the mission's live feed on a projector and the telescope pointed, weather permitting, at the real thing.`,
  }),
  withHero({
    slug: "lumen-dust-analyser-detects-complex-organic-molecules",
    title: "Lumen dust analyser detects complex organic molecules ahead of flyby",
    dek: "Early dust samples from the comet's outer coma contain carbon-rich compounds, including some never before seen at a comet.",
    excerpt:
      "Dust grains collected by the Lumen probe in the outer coma of comet Halloran-Voss contain complex carbon-rich molecules, a day before the spacecraft's closest approach.",
    section: "science",
    source: "orbit-and-axis",
    authors: ["clara-benitez"],
    tags: ["lumen-mission", "comets", "astrobiology"],
    hoursAgo: 38,
    body: `The dust analyser aboard the Lumen spacecraft has detected a rich mix of carbon-based molecules in grains from the outer coma of comet Halloran-Voss, the mission's science team said on Monday, a day before the probe's closest approach to the nucleus.

The instrument, which captures dust particles on a small plate and vaporises them to measure their chemical make-up, has analysed around 300 grains since entering the comet's dusty halo last week. Many contain organic compounds, molecules built around chains and rings of carbon atoms.

"We expected organics. Every comet visited so far has had them," said Dr Idris Vellacott, who leads the dust analyser team. "What we did not expect was the variety. We are seeing families of molecules that we have not identified at a comet before."

## What the molecules are, and are not

The team was careful to stress what the results do not mean. Organic molecules are not evidence of life. They form readily in space, in the cold clouds of gas and dust from which stars and planets are born, and they are common in meteorites.

But they are interesting for what they say about the early solar system. Comets are thought to be among its least altered leftovers, and the chemistry they carry is a snapshot of the raw materials available when the planets formed, including the materials that may have been delivered to the young Earth.

> "This is a time capsule. We are reading the ingredients list of the solar system." — Dr Idris Vellacott

## Preliminary findings

In a short briefing, the team listed its early findings, all of which it described as preliminary:

- Several types of ring-shaped carbon molecules, some with nitrogen atoms in the ring.
- Long chain molecules similar to those found in some primitive meteorites.
- A higher proportion of organic-rich grains from the jets on the sunward side than from the diffuse coma.

The full data will be released after peer review, the team said, but summaries will be posted on the [mission's science page](https://lumenmission.example/science).

## Tomorrow's pass

All eyes are now on the flyby itself. Lumen will pass the nucleus at about 200 kilometres, slightly further than originally planned after the team decided last week to allow extra margin for the comet's higher-than-expected activity.

During the pass, the dust analyser will sample grains at their densest, and the cameras will take their sharpest images. The spacecraft will be turned with its shield facing the comet for the most dangerous minutes, then turned back to send its data home.

"We're as ready as we can be," said mission manager Dr Oksana Perrault. "The comet will decide the rest."`,
  }),
  withHero({
    slug: "lumen-survives-closest-pass-of-comet-and-sends-sharpest-images-yet",
    title: "Lumen survives closest pass of comet and sends sharpest images yet",
    dek: "The small probe flew through a storm of dust 200 kilometres from comet Halloran-Voss and came out the other side talking.",
    excerpt:
      "The Lumen spacecraft survived its close flyby of comet Halloran-Voss despite heavy dust impacts, returning the sharpest images ever taken of a comet's surface during a flyby.",
    section: "science",
    source: "meridian-wire",
    authors: ["sofia-mora"],
    tags: ["lumen-mission", "comets", "space-exploration", "planetary-science"],
    hoursAgo: 14,
    updatedHoursAgo: 9,
    isLead: true,
    leadOrder: 3,
    pinnedRelated: [
      "lumen-dust-analyser-detects-complex-organic-molecules",
      "lumens-first-images-show-comet-nucleus-shaped-like-a-peanut",
    ],
    body: `For forty-one minutes on Tuesday, the control room for the Lumen mission was silent. The spacecraft had turned its dust shield towards comet Halloran-Voss for its closest approach, pointing its antenna away from Earth. There was nothing to do but wait.

Then the signal came back, and with it the first of more than 1,200 images taken as Lumen passed 200 kilometres from the comet's two-lobed nucleus. The probe had survived.

"Every system is reporting," said mission manager Dr Oksana Perrault, her voice cracking slightly on the live broadcast. "She's a bit battered. But she's talking."

## A rough ride

Telemetry shows that Lumen was struck by far more dust than the team's models predicted. The shield's impact sensors registered thousands of hits, including several large enough to jolt the spacecraft and briefly trigger its safety routines. One of its two solar panels is producing about 12 per cent less power than before the pass, probably because of damaged cells.

Engineers say the power loss will not threaten the mission, which has now achieved its main goals.

## The pictures

The first images released show the nucleus in extraordinary detail. The neck between the two lobes is a smooth, pale plain. The larger lobe is pocked with deep, round pits, some a hundred metres across, from which the comet's jets appear to originate. There are cliffs, boulder fields and what look like layered terraces.

"Those layers are what we came for," said Dr Tamsin Kerrow, who leads the camera team. "If the two lobes have different layering, it tells us they formed separately and came together later. At first glance, they do."

A gallery of processed images is available on the [mission site](https://lumenmission.example/flyby), and the raw files will be published over the coming days as they arrive. Transmitting everything will take about three weeks, given the probe's modest antenna and its great distance.

## What comes next

Lumen cannot turn back. It will now travel on into deep space, its instruments studying the comet's tail and the solar wind until its power or fuel runs out. The team hopes to operate it for at least another year.

Scientists expect papers on the flyby to keep appearing for a decade. Early questions include:

- Why the comet's activity is concentrated in a few deep pits.
- Whether the organic molecules detected in the coma vary between the two lobes.
- How the nucleus' shape and rotation are changing as it loses material.

In the valleys, members of a local astronomy society who had measured the comet's brightness for weeks watched the live feed in a converted grain store. When the signal returned, one of them rang the old farm bell on the wall.

*This article was updated with further details of the power loss and the image release schedule.*`,
  }),
];
