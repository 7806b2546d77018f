/** Story cluster: the Kestrel chess-engine row (tags: kestrel-engine-row, computer-chess). */
import { withHero } from "./hero";
import type { SeedArticle } from "./types";

export const chessArticles: SeedArticle[] = [
  withHero({
    slug: "volunteer-chess-programmers-accuse-commercial-engine-of-copying-their-code",
    title: "Volunteer chess programmers accuse commercial engine of copying their code",
    dek: "The team behind the open-source engine Kestrel says Sable Pro, sold for a subscription fee, is built on their work without credit or licence.",
    excerpt:
      "The volunteers behind Kestrel, a free chess engine, say a commercial rival called Sable Pro copied their search code and neural network without permission, breaking the terms of Kestrel's open licence.",
    section: "technology",
    source: "orbit-and-axis",
    authors: ["henrik-saar"],
    tags: ["kestrel-engine-row", "computer-chess", "open-source"],
    hoursAgo: 522,
    body: `A group of volunteer programmers who maintain Kestrel, one of the strongest free chess engines in the world, have accused the makers of a commercial engine of copying their code and selling it as their own.

In a detailed post on the [Kestrel project blog](https://kestrelchess.example/blog/statement), the team says that Sable Pro, which launched eight months ago with a monthly subscription and marketing that describes it as "built from the ground up", shares large portions of Kestrel's search algorithm and uses a neural network that appears to be derived from one of Kestrel's published networks.

Kestrel is released under a copyleft licence, which allows anyone to use and modify the code, but requires that modified versions distributed to others also be released with their source code. Sable Pro's code is closed.

## How they noticed

The suspicion began, as these things often do in computer chess, with games. Testers who run engines against each other in automated matches noticed that Sable Pro and Kestrel chose identical moves in an unusually high share of positions — far more than any two independently developed engines would.

"Strong engines agree a lot, because there are often objectively best moves," said Kestrel maintainer Ottilie Brand. "But they disagree in characteristic ways in quiet positions. Sable disagreed with Kestrel in almost none of the places where Kestrel disagrees with everyone else."

The team then compared Sable Pro's binary with Kestrel builds and says it found distinctive constants, including a set of tuned values for piece mobility that the Kestrel team calculated by hand over several years.

## The response

Sable Labs, the small company that sells Sable Pro, said in a short statement that it "rejects the allegations" and that its engine "was developed independently by our team using standard published techniques". It did not respond to detailed questions.

The row matters beyond the community of engine developers. Sable Pro has been entered in the upcoming Open Computer Chess Championship, a prestigious annual event for engines, and has been marketed to chess clubs and coaches.

## A familiar story

Developers of open-source engines have long complained that their work is repackaged commercially. Kestrel itself is the product of more than a decade of contributions from around 400 volunteers, many of whom donate time on their own computers to test changes.

"We give this away because we love the game and we believe the knowledge should be shared," Brand said. "The only thing we ask is that you share it back. That is not much to ask."

The Kestrel team says it has written to Sable Labs and to the organisers of the championship. It has not ruled out legal action, but says it would prefer "a public acknowledgement and the source code".`,
  }),
  withHero({
    slug: "computer-chess-championship-suspends-sable-pro-pending-review",
    title: "Computer chess championship suspends Sable Pro pending review",
    dek: "Organisers say an independent panel will examine claims the engine was copied from Kestrel before it can play another game.",
    excerpt:
      "The Open Computer Chess Championship has suspended Sable Pro from its main event while an independent panel examines claims that the engine was copied from the open-source Kestrel.",
    section: "sport",
    source: "fieldstone-gazette",
    authors: ["nadia-brennan"],
    tags: ["kestrel-engine-row", "computer-chess", "chess"],
    hoursAgo: 401,
    body: `The Open Computer Chess Championship has suspended the commercial engine Sable Pro from this season's main event while an independent panel examines accusations that it was copied from the free engine Kestrel.

The decision, announced on Monday, means Sable Pro will not play in the qualifying league that begins next week. Organisers said the suspension "implies no finding of wrongdoing" and that the engine could be reinstated if the panel clears it.

## Why it matters to chess

For most club players, computer chess championships are a curiosity, a place where engines many hundreds of rating points stronger than any human play each other in games that can look alien. But the events have real influence. Coaches and publishers cite results when recommending analysis tools, and the winners' ideas filter down into opening books and training software used by millions.

They also have rules. Entrants must be "substantially original" works, and derivatives of open-source engines must be declared as such. The rule exists precisely because, in the early days of strong free engines, championships were flooded with lightly modified clones.

> "If clones can win, originality stops being worth anything. The championship would become a contest of who is best at renaming files." — Tournament director Benedikt Oyelaran

## The panel

The review will be led by three engine developers with no connection to either project, plus a software forensics specialist. They will be given access to Sable Pro's source code under a confidentiality agreement, which Sable Labs has said it will provide.

That offer surprised some observers, since the company has so far refused to release its source publicly. Its chief executive, Ruben Castell, said in a statement that Sable Labs welcomed "the chance to demonstrate our originality to qualified experts".

## What players think

Reaction among human players has been mixed. Several professional coaches who subscribe to Sable Pro said they had chosen it because its analysis was fast and its interface pleasant, not because of any claim about its origins.

"I'm a chess coach, not a lawyer," said Maud Verhoeven, who teaches juniors at the Brackwater Chess Club. "But if it's true, I'll cancel. The Kestrel people have given the whole chess world a gift."

Others think the fuss is overblown. On one popular forum, a thread titled "Who cares where the moves come from?" ran to more than 800 replies, most of which, it should be said, disagreed with the title.

The panel is expected to report within four weeks. Full rules for the championship are published on the [organisers' site](https://openchesschampionship.example/rules).`,
  }),
  withHero({
    slug: "what-we-owe-the-people-who-teach-machines-to-play",
    title: "What we owe the people who teach machines to play",
    dek: "The Kestrel dispute is about code and licences. It is also about a quiet culture of generosity that the rest of us rarely notice.",
    excerpt:
      "An essay on the Kestrel chess-engine row: behind every free engine is a crowd of volunteers who gave years of evenings to a game, and a fragile culture of sharing that is easy to exploit.",
    section: "culture",
    source: "lantern-review",
    authors: ["imogen-dace"],
    tags: ["kestrel-engine-row", "open-source", "essays"],
    hoursAgo: 283,
    commentsOpen: false,
    body: `My grandfather played chess against a machine for the first time at the age of seventy-one. It was a plastic board with a small screen and a battery compartment that never quite closed, and it beat him in twenty moves. He was furious. He played it every evening for the rest of his life.

I thought of him this month while reading about Kestrel, a free chess engine stronger than any human who has ever lived, and the accusation by its volunteer developers that a company has been quietly selling their work. The dispute is being argued in the technical language of licences, binaries and evaluation constants. Underneath, it is about something older and simpler: what we owe the people who give things away.

## A thousand evenings

Kestrel was not built by a company. It was built by hundreds of people, most of whom have never met, who spent their evenings proposing small changes to a shared body of code and then letting their home computers play millions of games overnight to test whether the changes helped. A good week might produce an improvement of two or three rating points. Over a decade, those points added up to an engine that can explain to a nine-year-old in a village library why her bishop was misplaced.

This is the economy of the gift, and it is more common than we think. Dictionaries, maps, encyclopaedias, the software that runs most of the internet: a great deal of modern life rests on work that people did because they found it meaningful and wanted others to have it.

## The fragility of generosity

Gift economies depend on a few rules, usually unwritten. Give credit. Share what you build on top of what you were given. Do not pretend the gift was yours.

Open-source licences are an attempt to write those rules down, and they are imperfect. They are hard to enforce, and enforcement requires money and lawyers that volunteer projects rarely have. Mostly they work because of reputation, and because the people who break them are usually found out by the people who know the work best.

> Nobody volunteers to be exploited. They volunteer to be part of something.

## What the rest of us owe

I do not know whether Sable Pro was copied from Kestrel; a panel of experts is examining the code. But the affair is a useful reminder to those of us who benefit from free work without contributing to it, which is to say, almost everyone.

We owe these people attention, at least. We owe them credit when we use what they made. And when someone is accused of taking their work without asking, we owe them the courtesy of caring about the answer.

My grandfather never knew who programmed his plastic board. I suspect he would have liked to write them a letter. Possibly a complaint.`,
  }),
  withHero({
    slug: "code-analysis-finds-striking-overlap-between-sable-pro-and-kestrel",
    title: "Code analysis finds 'striking overlap' between Sable Pro and Kestrel",
    dek: "An independent panel's report says the commercial engine's search and evaluation code were derived from the open-source project.",
    excerpt:
      "The panel reviewing Sable Pro found that its search and evaluation code were 'substantially derived' from the open-source engine Kestrel, and that its neural network was a retrained Kestrel network.",
    section: "technology",
    source: "meridian-wire",
    authors: ["rafael-quintero"],
    tags: ["kestrel-engine-row", "computer-chess", "open-source", "software-forensics"],
    hoursAgo: 152,
    body: `An independent panel examining the commercial chess engine Sable Pro has concluded that large parts of its code were "substantially derived" from Kestrel, the open-source engine whose volunteer developers first raised the alarm more than two weeks ago.

The panel's report, published on Thursday by the organisers of the Open Computer Chess Championship, found "striking overlap" in the engine's move search, its handling of time, and the hand-tuned values it uses to judge positions. It also found that Sable Pro's neural network, which the company had described as trained from scratch, began life as one of Kestrel's published networks and was then trained further.

## How the panel reached its view

The panel, made up of three engine authors and a software forensics specialist, was given access to Sable Pro's full source code and its version history. According to the report:

- More than 60 per cent of the search code matched Kestrel functions after accounting for renamed variables and reordered blocks.
- Dozens of numeric constants in the evaluation function matched Kestrel values to every decimal place, including several that Kestrel's developers had tuned through years of testing and that have no theoretical justification.
- The earliest entries in Sable Pro's private version history included a comment referring to "the K base", which the panel interpreted as a reference to Kestrel.
- The neural network's weights showed statistical fingerprints consistent with initialisation from a specific Kestrel network released two years ago.

"Code can be similar for innocent reasons," the report says. "Chess engines use many common techniques. But the combination of identical idiosyncratic constants, matching structure and the network evidence leaves us in no reasonable doubt."

## A licensing question

Kestrel's licence permits commercial use, so the problem is not that Sable Labs charged money. The issue is that the licence requires derivative works to be distributed with source code and with credit. Sable Pro provided neither.

Legal specialists in open-source licensing said the case was one of the clearest they had seen. "Most disputes turn on small fragments," said one. "This is the whole engine."

## What happens next

The championship has disqualified Sable Pro from this season and said it will not accept entries from Sable Labs until the company "resolves its obligations" to the Kestrel project. The full report is available on the [championship's website](https://openchesschampionship.example/panel-report).

Sable Labs did not respond to requests for comment on Thursday. Its website, which had previously described Sable Pro as "proudly original", was briefly unavailable before returning without that phrase.

The Kestrel team said it was "grateful to the panel for its careful work" and would decide its next steps after talking to its contributors.`,
  }),
  withHero({
    slug: "sable-pro-maker-apologises-and-releases-source-under-open-licence",
    title: "Sable Pro maker apologises and releases source under open licence",
    dek: "Sable Labs admits its engine was built on Kestrel, publishes its code, and pledges a share of past subscriptions to the volunteer project.",
    excerpt:
      "Sable Labs has admitted its chess engine was built on the open-source Kestrel, published its full source code under Kestrel's licence and promised a share of past subscription revenue to the project.",
    section: "sport",
    source: "orbit-and-axis",
    authors: ["henrik-saar", "nadia-brennan"],
    tags: ["kestrel-engine-row", "computer-chess", "chess", "open-source"],
    hoursAgo: 20,
    pinnedRelated: [
      "code-analysis-finds-striking-overlap-between-sable-pro-and-kestrel",
      "volunteer-chess-programmers-accuse-commercial-engine-of-copying-their-code",
    ],
    body: `The company behind the commercial chess engine Sable Pro has apologised for building its product on the open-source engine Kestrel without credit, and has published its entire source code under Kestrel's licence.

In a statement on Tuesday, Sable Labs' chief executive Ruben Castell said the company had "started from Kestrel in our earliest prototype and never properly acknowledged it", and that later claims that the engine was original "were wrong and should not have been made". He apologised "to the Kestrel contributors, to our customers and to the chess community".

## What Sable Labs has promised

The statement, published alongside the code on the company's [site](https://sablelabs.example/statement), sets out several commitments:

1. The complete Sable Pro source, including its neural network training code, is now public under the same licence as Kestrel.
2. Sable Labs will pay 30 per cent of all subscription revenue received to date to a fund administered by the Kestrel project, to be spent on testing hardware and events.
3. The product will be renamed and described as "based on Kestrel" in all marketing.
4. Existing subscribers may cancel and receive a pro-rata refund.

The company will continue to sell its interface and cloud analysis service, which the panel found to be its own work.

## Kestrel's response

The Kestrel team said it accepted the apology and welcomed the release of the code. Maintainer Ottilie Brand said the outcome was "better than any court could have given us".

> "We didn't want anyone's company to fail. We wanted the thing the licence asks for: share what you build. They have done that now, and some of their improvements to the interface are genuinely nice." — Ottilie Brand, Kestrel maintainer

Some contributors were less forgiving. Several posts on the project's discussion forum argued that the money offered was too little, and that the company should have come clean before an independent panel forced it to.

## What it means for computer chess

The championship's ban on Sable Labs entries stands for this season, organisers said, but the company may apply to enter future events with a declared Kestrel derivative.

Observers said the case could become a reference point. "Every engine developer now knows that clones can be found, and that the community will find them," said tournament director Benedikt Oyelaran. "That is a good thing for everyone who writes original code."

For club players, the practical change is small. Sable Pro's analysis, under whatever name it ends up with, will play exactly as well as before. The difference is that users will now know whose ideas they are relying on.

Brand said the Kestrel team planned to spend the first part of the fund on something simple: new machines for its testing network, many of which are volunteers' old laptops running in spare bedrooms.`,
  }),
];
