import { candidatePairs, DEFAULT_CANDIDATE_OPTIONS, pairOf, type CandidateOptions } from './candidate-pairs';
import { DEFAULT_FINDING_TERM_WEIGHTS, findingTerms, type FindingTermWeights } from './finding-terms';
import { groupByCentroid, type SimilarPairs } from './group-by-centroid';
import type { LeafProblem } from './leaf-problems';
import { dotProduct, joinVectors, unitVector, weightedVectors, type TermVector } from './weighted-vectors';

/** Options of recurring-problem grouping. */
export interface RecurringOptions {
  /** Cosine similarity (0–1) from which two problems count as the same finding. */
  threshold: number;
  stopWords?: ReadonlySet<string>;
  weights?: FindingTermWeights;
  candidates?: CandidateOptions;
}

/** Groups of leaf problems, plus how much work finding them took. */
export interface RecurringGroups {
  /** Each group lists indices into the given leaves, in ascending order; groups span two or more agencies. */
  groups: number[][];
  vectors: TermVector[];
  stats: { problems: number; candidatePairs: number; similarPairs: number };
}

/**
 * Finds the findings that recur across agencies: TF-IDF vectors of the problems' finding
 * terms, candidate pairs from an inverted index (never all pairs), cosine similarity,
 * then centroid-checked grouping. Only problems of different agencies are compared.
 */
export function findRecurringGroups(leaves: readonly LeafProblem[], options: RecurringOptions): RecurringGroups {
  if (!(options.threshold > 0 && options.threshold <= 1)) {
    throw new RangeError(`Expected \`threshold\` to be a number above 0 and at most 1, got ${options.threshold}`);
  }
  const weights = options.weights ?? DEFAULT_FINDING_TERM_WEIGHTS;
  const terms = leaves.map((leaf) => findingTerms(leaf, options.stopWords, weights));
  // Each concept is a finding named on purpose in the thesaurus: a common finding is no less
  // telling than a rare one, so concepts are not weighted by their rarity.
  const conceptVectors = terms.map((term) => unitVector(term.concepts));
  const wordVectors = weightedVectors(terms.map((term) => term.words)).vectors;
  const vectors = leaves.map((_, index) => joinVectors(conceptVectors[index], wordVectors[index], weights.concept));
  const indexed = leaves.map((leaf, index) => ({
    vector: vectors[index],
    group: leaf.agency,
    category: leaf.tagging.primary,
  }));
  const pairs = candidatePairs(indexed, options.candidates ?? DEFAULT_CANDIDATE_OPTIONS);
  // The similar pairs in three parallel typed arrays: millions of them on a large corpus.
  const similar: SimilarPairs = { left: new Int32Array(pairs.length), right: new Int32Array(pairs.length), similarity: new Float64Array(pairs.length), count: 0 };
  for (const pair of pairs) {
    const [left, right] = pairOf(pair, leaves.length);
    const similarity = dotProduct(vectors[left], vectors[right]);
    if (similarity < options.threshold) continue;
    similar.left[similar.count] = left;
    similar.right[similar.count] = right;
    similar.similarity[similar.count++] = similarity;
  }
  const groups = groupByCentroid(vectors, similar, options.threshold).filter(
    (group) => new Set(group.map((index) => leaves[index].agency)).size > 1,
  );
  return {
    groups,
    vectors,
    stats: { problems: leaves.length, candidatePairs: pairs.length, similarPairs: similar.count },
  };
}
