/** A sparse vector of term weights with unit length, so that a dot product is a cosine. */
export type TermVector = Map<string, number>;

/**
 * TF-IDF vectors of documents given as weighted term counts (a term's count may be a
 * fraction when it comes from a less telling part of the problem). The inverse document
 * frequency is `ln(1 + N / df)`: rare terms weigh most, and a term every document has
 * still weighs a little, so that a corpus of two documents keeps some signal.
 */
export function weightedVectors(documents: readonly Map<string, number>[]): {
  vectors: TermVector[];
  documentFrequency: Map<string, number>;
} {
  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    for (const term of document.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const count = documents.length;
  const vectors = documents.map((document) => {
    const vector: TermVector = new Map();
    let squares = 0;
    for (const [term, frequency] of document) {
      const weight = frequency * Math.log(1 + count / (documentFrequency.get(term) ?? 1));
      vector.set(term, weight);
      squares += weight * weight;
    }
    const length = Math.sqrt(squares);
    if (length > 0) for (const [term, weight] of vector) vector.set(term, weight / length);
    return vector;
  });
  return { vectors, documentFrequency };
}

/** The dot product of two sparse vectors (their cosine when both have unit length). */
export function dotProduct(left: TermVector, right: TermVector): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/**
 * Joins two unit vectors of different feature spaces into one unit vector whose dot
 * products are `share × first cosine + (1 − share) × second cosine`. An empty part is left
 * out and the other takes its place, so that two problems with no first-space features
 * are compared on the second alone. Features are prefixed with `first:` / `second:`.
 */
export function joinVectors(first: TermVector, second: TermVector, share: number): TermVector {
  const joined: TermVector = new Map();
  const firstScale = second.size === 0 ? 1 : Math.sqrt(share);
  const secondScale = first.size === 0 ? 1 : Math.sqrt(1 - share);
  for (const [term, weight] of first) joined.set(`first:${term}`, weight * firstScale);
  for (const [term, weight] of second) joined.set(`second:${term}`, weight * secondScale);
  return joined;
}

/** A document's weighted counts scaled to unit length, without any corpus weighting. */
export function unitVector(document: Map<string, number>): TermVector {
  const length = Math.sqrt([...document.values()].reduce((sum, weight) => sum + weight * weight, 0));
  return new Map([...document].map(([term, weight]) => [term, length === 0 ? 0 : weight / length]));
}
