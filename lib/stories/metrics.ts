/**
 * Clustering quality against gold labels: B-cubed and pairwise precision, recall and F1. Pure; used by the
 * stories benchmark and its unit tests.
 */
export type Scores = { precision: number; recall: number; f1: number };

const f1 = (precision: number, recall: number) =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

function groups(labels: Map<string, string>): Map<string, Set<string>> {
  const byLabel = new Map<string, Set<string>>();
  for (const [item, label] of labels) {
    if (!byLabel.has(label)) byLabel.set(label, new Set());
    byLabel.get(label)!.add(item);
  }
  return byLabel;
}

const overlap = (a: Set<string>, b: Set<string>) => {
  let count = 0;
  for (const item of a) if (b.has(item)) count++;
  return count;
};

/** B-cubed: for each item, how much of its predicted cluster shares its gold label, and the other way round. */
export function bCubed(predicted: Map<string, string>, gold: Map<string, string>): Scores {
  const predictedGroups = groups(predicted);
  const goldGroups = groups(gold);
  let precision = 0;
  let recall = 0;
  for (const [item, cluster] of predicted) {
    const mine = predictedGroups.get(cluster)!;
    const truth = goldGroups.get(gold.get(item)!)!;
    const shared = overlap(mine, truth);
    precision += shared / mine.size;
    recall += shared / truth.size;
  }
  precision /= predicted.size;
  recall /= predicted.size;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Pairwise: of the pairs put together, how many belong together; of the pairs that belong together, how many were. */
export function pairwise(predicted: Map<string, string>, gold: Map<string, string>): Scores {
  const pairs = (labels: Map<string, string>) =>
    [...groups(labels).values()].reduce((sum, group) => sum + (group.size * (group.size - 1)) / 2, 0);
  let together = 0;
  const predictedGroups = groups(predicted);
  for (const group of predictedGroups.values()) {
    const byGold = new Map<string, number>();
    for (const item of group) byGold.set(gold.get(item)!, (byGold.get(gold.get(item)!) ?? 0) + 1);
    for (const count of byGold.values()) together += (count * (count - 1)) / 2;
  }
  const predictedPairs = pairs(predicted);
  const goldPairs = pairs(gold);
  const precision = predictedPairs ? together / predictedPairs : 1;
  const recall = goldPairs ? together / goldPairs : 1;
  return { precision, recall, f1: f1(precision, recall) };
}
