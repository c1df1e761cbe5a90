import { candidatePairs, DEFAULT_CANDIDATE_OPTIONS, pairOf, type CandidateOptions } from './candidate-pairs';
import type { FindingIndex } from './finding-index';
import { DEFAULT_FINDING_TERM_WEIGHTS } from './finding-terms';
import { findingSimilarity, findingVectors, type FindingVectors } from './finding-vectors';
import { groupByCentroid, type SimilarPairs } from './group-by-centroid';

/** Options of recurring-problem grouping (the finding terms' options are `FindingOptions`, applied when the index is built). */
export interface RecurringOptions {
  /** Cosine similarity (0–1) from which two problems count as the same finding. */
  threshold: number;
  /** The share of the similarity that comes from the concepts both titles name (see `FindingTermWeights.concept`). */
  conceptShare?: number;
  candidates?: CandidateOptions;
}

/** Groups of leaf problems, plus how much work finding them took. */
export interface RecurringGroups {
  /** Each group lists leaf indices of the index, ascending, then its findings; groups span two or more agencies. */
  groups: { leaves: number[]; findings: number[] }[];
  vectors: FindingVectors;
  stats: { problems: number; findings: number; candidatePairs: number; similarPairs: number };
}

/**
 * Finds the findings that recur across agencies: TF-IDF vectors of the findings' terms,
 * candidate pairs from an inverted index (never all pairs), cosine similarity, then
 * centroid-checked grouping. Problems that name one same finding are compared once, and
 * only findings of different agencies are compared.
 */
export function findRecurringGroups(index: FindingIndex, options: RecurringOptions): RecurringGroups {
  if (!(options.threshold > 0 && options.threshold <= 1)) {
    throw new RangeError(`Expected \`threshold\` to be a number above 0 and at most 1, got ${options.threshold}`);
  }
  const { findings } = index;
  const vectors = findingVectors(index, options.conceptShare ?? DEFAULT_FINDING_TERM_WEIGHTS.concept);
  const problems = findings.problems.values();
  const agency = findings.agency.values();
  const leafPrimary = index.leaves.primary.values();
  const category = findings.firstLeaf.values().map((leaf) => leafPrimary[leaf]);
  const pairs = candidatePairs(vectors, { problems, agency, category }, options.candidates ?? DEFAULT_CANDIDATE_OPTIONS);

  const count = problems.length;
  // The similar pairs in three parallel typed arrays: millions of them on a large corpus.
  const similar: SimilarPairs = { left: new Int32Array(pairs.length), right: new Int32Array(pairs.length), similarity: new Float64Array(pairs.length), count: 0 };
  for (const pair of pairs) {
    const [left, right] = pairOf(pair, count);
    const similarity = findingSimilarity(vectors, left, right);
    if (similarity < options.threshold) continue;
    similar.left[similar.count] = left;
    similar.right[similar.count] = right;
    similar.similarity[similar.count++] = similarity;
  }

  // A finding named in two agencies recurs by itself; joined ones recur together.
  const joined = groupByCentroid(vectors, problems, similar, options.threshold);
  const inGroup = new Uint8Array(count);
  for (const group of joined) for (const finding of group) inGroup[finding] = 1;
  for (let finding = 0; finding < count; finding++) if (!inGroup[finding] && agency[finding] === -1) joined.push([finding]);

  const noticeAgency = index.notices.agency.values();
  const leafNotice = index.leaves.notice.values();
  const firstLeaf = findings.firstLeaf.values();
  const nextLeaf = index.nextLeaf.values();
  const groups = joined
    .map((group) => {
      const leaves: number[] = [];
      for (const finding of group) for (let leaf = firstLeaf[finding]; leaf !== -1; leaf = nextLeaf[leaf]) leaves.push(leaf);
      return { leaves: leaves.sort((a, b) => a - b), findings: group };
    })
    .filter((group) => new Set(group.leaves.map((leaf) => noticeAgency[leafNotice[leaf]])).size > 1)
    .sort((left, right) => left.leaves[0] - right.leaves[0]);
  return { groups, vectors, stats: { problems: index.leaves.notice.length, findings: count, candidatePairs: pairs.length, similarPairs: similar.count } };
}
