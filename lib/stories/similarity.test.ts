import { describe, expect, it } from "vitest";

import { clusterInOrder } from "./cluster";
import { bCubed, pairwise } from "./metrics";
import { profileOf } from "./profile";
import { chooseStory, scoreStories, type CandidateStory } from "./similarity";
import { articleFeatures } from "./text";
import { STORY_WINDOW_DAYS } from "./thresholds";

const DAY = 86_400_000;
const now = new Date("2026-10-10T12:00:00Z");

function story(
  id: string,
  texts: { title: string; excerpt: string }[],
  tags: string[] = [],
  at = now,
): CandidateStory {
  return { id, lastPublishedAt: at, profile: profileOf(texts.map((text) => articleFeatures(text, tags))) };
}

const flood = story("flood", [
  {
    title: "Lisse bursts its banks in Velden",
    excerpt: "Floodwater from the Lisse reached the market square in Velden overnight.",
  },
  {
    title: "Velden evacuates streets as the Lisse rises",
    excerpt: "Emergency crews moved residents of Velden from the riverside terraces.",
  },
]);
const budget = story("budget", [
  {
    title: "Velden council approves budget with rise for school meals",
    excerpt: "Councillors in Velden voted through the annual budget after a long debate.",
  },
]);
const otherFlood = story("other-flood", [
  {
    title: "Tarn bursts its banks in Brackwater",
    excerpt: "Floodwater from the Tarn reached the caravan park in Brackwater overnight.",
  },
]);

describe("choosing a story", () => {
  it("puts the same event, worded differently, in its story", () => {
    const report = articleFeatures({
      title: "Floodwater swamps Velden after the Lisse overflows",
      excerpt: "Residents of Velden waded through the market square as the Lisse kept rising.",
    });
    expect(chooseStory(report, now, [budget, flood, otherFlood])?.id).toBe("flood");
  });

  it("keeps the same place's other event, and the same kind of event elsewhere, apart", () => {
    const council = articleFeatures({
      title: "Velden councillors back spending plan for school meals",
      excerpt: "The budget vote in Velden passed after the council debated bus routes.",
    });
    const [best] = scoreStories(council, now, [flood, budget, otherFlood]);
    expect(best?.story.id).toBe("budget");

    const brackwater = articleFeatures({
      title: "Brackwater counts the cost as the Tarn recedes",
      excerpt: "Floodwater left the caravan park in Brackwater under mud.",
    });
    expect(chooseStory(brackwater, now, [flood, budget, otherFlood])?.id).toBe("other-flood");
  });

  it("starts a new story for an unrelated report", () => {
    const launch = articleFeatures({
      title: "Aster Orbital launches weather satellite from Cape Morrow",
      excerpt: "The Heron 2 rocket left the pad carrying a weather satellite.",
    });
    expect(chooseStory(launch, now, [flood, budget, otherFlood])).toBeNull();
  });

  it("never joins a story whose newest article is older than the window", () => {
    const report = articleFeatures({
      title: "Lisse bursts its banks in Velden",
      excerpt: "Floodwater from the Lisse reached the market square in Velden overnight.",
    });
    const old = { ...flood, lastPublishedAt: new Date(now.getTime() - (STORY_WINDOW_DAYS + 1) * DAY) };
    expect(chooseStory(report, now, [old])).toBeNull();
    expect(chooseStory(report, now, [flood])?.id).toBe("flood");
  });

  it("counts a shared event tag for more than a tag every story has", () => {
    const tagged = (tags: string[]) =>
      articleFeatures({ title: "Dockers picket the gate", excerpt: "" }, tags);
    const stories = [
      story("a", [{ title: "Port strike", excerpt: "" }], ["port-strike", "business"]),
      story("b", [{ title: "Ferry fares", excerpt: "" }], ["business"]),
      story("c", [{ title: "Crane order", excerpt: "" }], ["business"]),
    ];
    const scores = new Map(
      scoreStories(tagged(["port-strike", "business"]), now, stories).map((s) => [s.story.id, s.score.tags]),
    );
    expect(scores.get("a")).toBe(1);
    expect(scores.get("b")!).toBeLessThan(0.5);
  });
});

describe("clustering metrics", () => {
  it("scores a perfect clustering 1 and an all-in-one clustering by its precision", () => {
    const gold = new Map([
      ["1", "x"],
      ["2", "x"],
      ["3", "y"],
      ["4", "y"],
    ]);
    expect(bCubed(gold, gold).f1).toBe(1);
    expect(pairwise(gold, gold).f1).toBe(1);
    const lumped = new Map([
      ["1", "s"],
      ["2", "s"],
      ["3", "s"],
      ["4", "s"],
    ]);
    expect(bCubed(lumped, gold)).toMatchObject({ precision: 0.5, recall: 1 });
    expect(pairwise(lumped, gold)).toMatchObject({ precision: 2 / 6, recall: 1 });
  });

  it("clusters articles in publication order with the same rule", () => {
    const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
    const clusters = clusterInOrder([
      {
        id: "f1",
        publishedAt: at(0),
        features: articleFeatures({
          title: "Lisse bursts its banks in Velden",
          excerpt: "Floodwater reached the market square in Velden.",
        }),
      },
      {
        id: "l1",
        publishedAt: at(1),
        features: articleFeatures({
          title: "Aster Orbital launches Heron 2 from Cape Morrow",
          excerpt: "The rocket carried a weather satellite.",
        }),
      },
      {
        id: "f2",
        publishedAt: at(2),
        features: articleFeatures({
          title: "Velden floodwater recedes from the market square",
          excerpt: "The Lisse fell back overnight in Velden.",
        }),
      },
    ]);
    expect(clusters.get("f1")).toBe(clusters.get("f2"));
    expect(clusters.get("l1")).not.toBe(clusters.get("f1"));
  });
});
