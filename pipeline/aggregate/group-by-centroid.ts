import { dotProduct, type TermVector } from './weighted-vectors';

/**
 * Groups items joined by similar pairs, merging two groups only while their centroids stay
 * similar. Plain connected components would chain unrelated findings through one
 * ambiguous problem (财务 → 财务报销 → 报销审核 …); the centroid keeps a group about one thing.
 *
 * Pairs are taken from the most similar down (ties by index) so that the result does not
 * depend on input order beyond the indices themselves. Returns groups of two or more
 * items, each sorted by index.
 */
export function groupByCentroid(
  vectors: readonly TermVector[],
  pairs: readonly { left: number; right: number; similarity: number }[],
  threshold: number,
): number[][] {
  const owner = vectors.map((_, index) => index);
  const members = new Map<number, number[]>(vectors.map((_, index) => [index, [index]]));
  const centroids = new Map<number, TermVector>(vectors.map((vector, index) => [index, vector]));
  const find = (index: number): number => {
    while (owner[index] !== index) index = owner[index] = owner[owner[index]];
    return index;
  };

  const ordered = [...pairs].sort(
    (a, b) => b.similarity - a.similarity || a.left - b.left || a.right - b.right,
  );
  for (const pair of ordered) {
    if (pair.similarity < threshold) break;
    const left = find(pair.left);
    const right = find(pair.right);
    if (left === right) continue;
    const leftCentroid = centroids.get(left) as TermVector;
    const rightCentroid = centroids.get(right) as TermVector;
    if (cosine(leftCentroid, rightCentroid) < threshold) continue;
    const [kept, absorbed] = left < right ? [left, right] : [right, left];
    owner[absorbed] = kept;
    members.set(kept, [...(members.get(kept) ?? []), ...(members.get(absorbed) ?? [])]);
    members.delete(absorbed);
    centroids.set(kept, addVectors(leftCentroid, rightCentroid));
    centroids.delete(absorbed);
  }
  return [...members.values()]
    .filter((group) => group.length > 1)
    .map((group) => group.sort((a, b) => a - b));
}

function addVectors(left: TermVector, right: TermVector): TermVector {
  const sum = new Map(left);
  for (const [term, weight] of right) sum.set(term, (sum.get(term) ?? 0) + weight);
  return sum;
}

function cosine(left: TermVector, right: TermVector): number {
  const norm = (vector: TermVector) => Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0));
  const product = norm(left) * norm(right);
  return product === 0 ? 0 : dotProduct(left, right) / product;
}
