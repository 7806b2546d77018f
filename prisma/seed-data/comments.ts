import type { SeedComment } from "./types";

/** Demo discussion threads. `author` is a key from users.ts; replies nest at most two levels deep. */
export const comments: SeedComment[] = [
  // Lead article: the Saltmarsh strike deal.
  {
    article: "saltmarsh-port-strike-ends-with-tentative-deal-on-crane-automation",
    author: "mira",
    hoursAgo: 2.5,
    body: "The oversight board is the real story here. Slower timelines get renegotiated; a permanent seat at the table doesn't. Curious how the independent chair gets picked, though.",
    replies: [
      {
        article: "saltmarsh-port-strike-ends-with-tentative-deal-on-crane-automation",
        author: "editor",
        hoursAgo: 2,
        body: "Good question. Our reporters asked: the summary says the chair will be nominated by the regional mediation service and approved by both sides. We'll add that to the piece once it's confirmed in writing.",
        replies: [
          {
            article: "saltmarsh-port-strike-ends-with-tentative-deal-on-crane-automation",
            author: "mira",
            hoursAgo: 1.8,
            body: "Thanks, that's reassuring. The mediation service seems to have come out of this with its reputation intact.",
          },
        ],
      },
      {
        article: "saltmarsh-port-strike-ends-with-tentative-deal-on-crane-automation",
        author: "tomas",
        hoursAgo: 1.5,
        body: "Agree with this. Though 'no compulsory redundancies for current staff' also means fewer jobs for the next generation. Nobody at the table was speaking for them.",
      },
    ],
  },
  {
    article: "saltmarsh-port-strike-ends-with-tentative-deal-on-crane-automation",
    author: "reader",
    hoursAgo: 2.2,
    body: "My brother-in-law drives a lorry out of Fieldstone and has been sitting idle for a week. Relieved for everyone, honestly. Twelve days is a long time when you're paid by the load.",
  },
  // Lead 2: the Velden vote.
  {
    article: "velden-votes-to-build-flood-barrier-after-marathon-council-session",
    author: "ines",
    hoursAgo: 18,
    body: "I live in Eastbank. We had water up to the second stair four winters ago and I still check the river gauge every time it rains. Whatever it costs, I'm glad it passed.",
    replies: [
      {
        article: "velden-votes-to-build-flood-barrier-after-marathon-council-session",
        author: "tomas",
        hoursAgo: 16,
        body: "Nobody sensible begrudges Eastbank protection. My worry is the cost ceiling: 15 per cent overruns on a project this size seem almost guaranteed, so we'll be back here in three years.",
        replies: [
          {
            article: "velden-votes-to-build-flood-barrier-after-marathon-council-session",
            author: "ines",
            hoursAgo: 15,
            body: "Maybe. But a second vote with the gates half-designed is a very different debate from this one. I'd take that risk.",
          },
        ],
      },
    ],
  },
  {
    article: "velden-votes-to-build-flood-barrier-after-marathon-council-session",
    author: "mira",
    hoursAgo: 12,
    body: "Pleased the estuary monitoring amendment got through. The oyster growers made a reasonable case and it would have been easy to ignore them.",
  },
  // Lead 3: the Lumen flyby.
  {
    article: "lumen-survives-closest-pass-of-comet-and-sends-sharpest-images-yet",
    author: "reader",
    hoursAgo: 8,
    body: "Forty-one minutes of silence and then a signal from a fridge-sized probe a very long way away. I watched the stream and I'm not ashamed to say I cheered.",
    replies: [
      {
        article: "lumen-survives-closest-pass-of-comet-and-sends-sharpest-images-yet",
        author: "ines",
        hoursAgo: 7,
        body: "Same. The terraces on the big lobe are incredible. If the layering really differs between the lobes, that's a textbook-changing picture.",
      },
    ],
  },
  // Chess: the apology.
  {
    article: "sable-pro-maker-apologises-and-releases-source-under-open-licence",
    author: "tomas",
    hoursAgo: 11,
    body: "Thirty per cent of past revenue is more than I expected, to be fair. Most companies would have dragged this through the courts for years.",
    replies: [
      {
        article: "sable-pro-maker-apologises-and-releases-source-under-open-licence",
        author: "reader",
        hoursAgo: 9,
        body: "They only came clean after an independent panel read their code line by line. I'll give them credit for the outcome, not for the process.",
      },
    ],
  },
  // Business: the bakery.
  {
    article: "bakery-chain-sells-itself-to-its-workers",
    author: "ines",
    hoursAgo: 70,
    body: "Good for them. I've bought bread at the garage shop since it opened. If the rye stays the same, I'm a customer for life.",
  },
  {
    article: "bakery-chain-sells-itself-to-its-workers",
    author: "mira",
    hoursAgo: 64,
    body: "Worth pointing out that the founders still get paid in full, just over time from profits. It's generous, but it isn't charity, and that's fine. It's a sustainable model rather than a gift.",
    replies: [
      {
        article: "bakery-chain-sells-itself-to-its-workers",
        author: "editor",
        hoursAgo: 60,
        body: "That's a fair point and it's covered in the 'How it works' section, but we could make it clearer. Thanks.",
      },
    ],
  },
  // Climate: seagrass.
  {
    article: "seagrass-replanting-doubles-in-the-bay-after-volunteer-dive-season",
    author: "tomas",
    hoursAgo: 50,
    body: "Helped fill sand bags in the harbour car park this spring. Cold hands, lovely people. Seeing seahorses come back makes every soggy bag worth it.",
  },
];
