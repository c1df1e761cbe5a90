import type { FindingVectors } from './finding-vectors';

/** Pairs of findings with their similarity, in parallel arrays (the first `count` entries). */
export interface SimilarPairs {
  left: Int32Array;
  right: Int32Array;
  similarity: Float64Array;
  count: number;
}

/** A centroid: the sum of its members' vectors, each as many times as problems name it. */
type Centroid = Map<number, number>;

/**
 * Groups findings joined by similar pairs, merging two groups only while their centroids stay
 * similar. Plain connected components would chain unrelated findings through one ambiguous
 * problem (财务 → 财务报销 → 报销审核 …); the centroid keeps a group about one thing. A finding
 * weighs in its group's centroid as many times as problems name it.
 *
 * Pairs are taken from the most similar down (ties by index) so that the result does not
 * depend on input order beyond the indices themselves. Returns every group of two or more
 * findings, each sorted by index.
 */
export function groupByCentroid(vectors: FindingVectors, problems: Int32Array, pairs: SimilarPairs, threshold: number): number[][] {
  const count = problems.length;
  const owner = new Int32Array(count).map((_, index) => index);
  // Only groups of two or more findings have members and a centroid of their own.
  const members = new Map<number, number[]>();
  const centroids = new Map<number, Centroid>();
  const find = (index: number): number => {
    while (owner[index] !== index) index = owner[index] = owner[owner[index]];
    return index;
  };
  const centroidOf = (root: number): Centroid => centroids.get(root) ?? scaledVector(vectors, root, problems[root]);

  const { similarity } = pairs;
  const order = new Uint32Array(pairs.count).map((_, index) => index);
  order.sort((a, b) => similarity[b] - similarity[a] || pairs.left[a] - pairs.left[b] || pairs.right[a] - pairs.right[b]);
  for (const pair of order) {
    if (similarity[pair] < threshold) break;
    const left = find(pairs.left[pair]);
    const right = find(pairs.right[pair]);
    if (left === right) continue;
    // Two single findings: their centroids are their own vectors, whose cosine is the pair's similarity.
    const single = !members.has(left) && !members.has(right);
    const leftCentroid = single ? null : centroidOf(left);
    const rightCentroid = single ? null : centroidOf(right);
    if (leftCentroid && rightCentroid && cosine(leftCentroid, rightCentroid) < threshold) continue;
    const [kept, absorbed] = left < right ? [left, right] : [right, left];
    owner[absorbed] = kept;
    // The larger list takes the smaller one (each group is sorted at the end): copying the
    // whole group at every merge made a large group cost quadratic time.
    const keptMembers = members.get(kept) ?? [kept];
    const absorbedMembers = members.get(absorbed) ?? [absorbed];
    const [larger, smaller] = keptMembers.length >= absorbedMembers.length ? [keptMembers, absorbedMembers] : [absorbedMembers, keptMembers];
    for (const member of smaller) larger.push(member);
    members.set(kept, larger);
    members.delete(absorbed);
    centroids.set(kept, addCentroids(leftCentroid ?? centroidOf(left), rightCentroid ?? centroidOf(right)));
    centroids.delete(absorbed);
  }
  return [...members.values()].map((group) => group.sort((a, b) => a - b));
}

/** A finding's vector times `times`, as a centroid. */
export function scaledVector(vectors: FindingVectors, finding: number, times: number): Centroid {
  const centroid: Centroid = new Map();
  for (let offset = vectors.start[finding]; offset < vectors.start[finding + 1]; offset++) {
    centroid.set(vectors.features[offset], vectors.weights[offset] * times);
  }
  return centroid;
}

/** The dot product of a finding's vector with a centroid. */
export function dotWithCentroid(vectors: FindingVectors, finding: number, centroid: Centroid): number {
  let sum = 0;
  for (let offset = vectors.start[finding]; offset < vectors.start[finding + 1]; offset++) {
    sum += vectors.weights[offset] * (centroid.get(vectors.features[offset]) ?? 0);
  }
  return sum;
}

function addCentroids(left: Centroid, right: Centroid): Centroid {
  const [larger, smaller] = left.size >= right.size ? [left, right] : [right, left];
  const sum = new Map(larger);
  for (const [feature, weight] of smaller) sum.set(feature, (sum.get(feature) ?? 0) + weight);
  return sum;
}

function cosine(left: Centroid, right: Centroid): number {
  const norm = (centroid: Centroid) => {
    let squares = 0;
    for (const weight of centroid.values()) squares += weight * weight;
    return Math.sqrt(squares);
  };
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let product = 0;
  for (const [feature, weight] of small) {
    const other = large.get(feature);
    if (other !== undefined) product += weight * other;
  }
  const norms = norm(left) * norm(right);
  return norms === 0 ? 0 : product / norms;
}
