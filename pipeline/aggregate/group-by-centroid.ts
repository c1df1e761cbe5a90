import { dotProduct, type TermVector } from './weighted-vectors';

/** Pairs of items with their similarity, in parallel arrays (the first `count` entries). */
export interface SimilarPairs {
  left: Int32Array;
  right: Int32Array;
  similarity: Float64Array;
  count: number;
}

/**
 * Groups items joined by similar pairs, merging two groups only while their centroids stay
 * similar. Plain connected components would chain unrelated findings through one
 * ambiguous problem (财务 → 财务报销 → 报销审核 …); the centroid keeps a group about one thing.
 *
 * Pairs are taken from the most similar down (ties by index) so that the result does not
 * depend on input order beyond the indices themselves. Returns groups of two or more
 * items, each sorted by index.
 */
export function groupByCentroid(vectors: readonly TermVector[], pairs: SimilarPairs, threshold: number): number[][] {
  const owner = vectors.map((_, index) => index);
  const members = new Map<number, number[]>(vectors.map((_, index) => [index, [index]]));
  const centroids = new Map<number, TermVector>(vectors.map((vector, index) => [index, vector]));
  const find = (index: number): number => {
    while (owner[index] !== index) index = owner[index] = owner[owner[index]];
    return index;
  };

  const { similarity } = pairs;
  const order = new Uint32Array(pairs.count).map((_, index) => index);
  order.sort((a, b) => similarity[b] - similarity[a] || pairs.left[a] - pairs.left[b] || pairs.right[a] - pairs.right[b]);
  for (const pair of order) {
    if (similarity[pair] < threshold) break;
    const left = find(pairs.left[pair]);
    const right = find(pairs.right[pair]);
    if (left === right) continue;
    const leftCentroid = centroids.get(left) as TermVector;
    const rightCentroid = centroids.get(right) as TermVector;
    if (cosine(leftCentroid, rightCentroid) < threshold) continue;
    const [kept, absorbed] = left < right ? [left, right] : [right, left];
    owner[absorbed] = kept;
    // The larger list takes the smaller one (each group is sorted at the end): copying the
    // whole group at every merge made a large group cost quadratic time.
    const keptMembers = members.get(kept) ?? [];
    const absorbedMembers = members.get(absorbed) ?? [];
    const [larger, smaller] = keptMembers.length >= absorbedMembers.length ? [keptMembers, absorbedMembers] : [absorbedMembers, keptMembers];
    for (const member of smaller) larger.push(member);
    members.set(kept, larger);
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
