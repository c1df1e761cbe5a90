import type { FindingVectors } from './finding-vectors';

/** How candidate pairs are drawn from the inverted index. */
export interface CandidateOptions {
  /** Each finding is indexed under this many of its heaviest terms (rarest, most telling). */
  indexedTerms: number;
  /** A posting list longer than this is split by category, and a block still longer is compared in a window only. */
  postingCap: number;
  /**
   * How many neighbours each finding of an over-long block is compared with, after sorting the
   * block by the findings' heaviest terms: a very common term costs linear, not quadratic, work.
   */
  window: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { indexedTerms: 4, postingCap: 50, window: 20 };

/** What the index needs to know of each finding besides its vector. */
export interface CandidateFindings {
  /** How many problems name each finding: a term's document frequency counts problems. */
  problems: Int32Array;
  /** The one agency of each finding's problems, or -1 for several: findings of one same agency are never paired. */
  agency: Int32Array;
  /** The category each finding is blocked by when its terms are too common. */
  category: Int32Array;
}

/**
 * The pairs of findings worth comparing, those that share an indexed term and are not of one
 * same agency, each once, in ascending order of `left` then `right` (`left < right`). A pair
 * is the number `left × count + right` (`pairOf` reads it back): a large corpus gives
 * millions of pairs, which as tuples cost more memory than everything else. Terms that occur
 * in one problem only cannot pair anything and are not indexed.
 */
export function candidatePairs(vectors: FindingVectors, findings: CandidateFindings, options: CandidateOptions): Float64Array {
  const count = findings.problems.length;
  const { start, features, weights } = vectors;
  const documentFrequency = new Map<number, number>();
  for (let finding = 0; finding < count; finding++) {
    for (let offset = start[finding]; offset < start[finding + 1]; offset++) {
      documentFrequency.set(features[offset], (documentFrequency.get(features[offset]) ?? 0) + findings.problems[finding]);
    }
  }
  // The heaviest first, ties in the order of the features' names, so the index is the same for the same input.
  const byWeight = (left: number, right: number) =>
    weights[right] - weights[left] || compareText(vectors.name(features[left]), vectors.name(features[right]));
  const postings = new Map<number, number[]>();
  const offsets: number[] = [];
  for (let finding = 0; finding < count; finding++) {
    offsets.length = 0;
    for (let offset = start[finding]; offset < start[finding + 1]; offset++) if ((documentFrequency.get(features[offset]) ?? 0) > 1) offsets.push(offset);
    offsets.sort(byWeight);
    for (const offset of offsets.slice(0, options.indexedTerms)) {
      let posting = postings.get(features[offset]);
      if (!posting) postings.set(features[offset], (posting = []));
      posting.push(finding);
    }
  }

  // Sorting numbers and dropping repeats costs far less than a set of seen pairs. Sorted, the
  // numbers give the pairs in order.
  let keys = new Float64Array(1024);
  let size = 0;
  const consider = (first: number, second: number) => {
    const left = first < second ? first : second;
    const right = first < second ? second : first;
    const agency = findings.agency[left];
    if (agency !== -1 && agency === findings.agency[right]) return;
    if (size === keys.length) {
      const grown = new Float64Array(keys.length * 2);
      grown.set(keys);
      keys = grown;
    }
    keys[size++] = left * count + right;
  };
  // A finding is in up to `indexedTerms` long postings: its signature is made once.
  const signatures: (string | undefined)[] = new Array(count);
  const signatureOf = (finding: number): string => {
    let signature = signatures[finding];
    if (signature === undefined) {
      const sorted: number[] = [];
      for (let offset = start[finding]; offset < start[finding + 1]; offset++) sorted.push(offset);
      signature = signatures[finding] = sorted.sort(byWeight).map((offset) => vectors.name(features[offset])).join(' ');
    }
    return signature;
  };
  for (const posting of postings.values()) {
    if (posting.length <= options.postingCap) {
      pairAll(posting, consider);
      continue;
    }
    for (const block of splitByCategory(posting, findings.category)) {
      if (block.length <= options.postingCap) pairAll(block, consider);
      else pairInWindow(sortBySignature(block, signatureOf), options.window, consider);
    }
  }
  const sorted = keys.subarray(0, size).sort();
  let unique = 0;
  for (let index = 0; index < sorted.length; index++) {
    if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[unique++] = sorted[index];
  }
  return sorted.slice(0, unique);
}

/** A pair of `candidatePairs` as `[left, right]`; `count` is the number of findings. */
export function pairOf(pair: number, count: number): [number, number] {
  const right = pair % count;
  return [(pair - right) / count, right];
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function pairAll(members: readonly number[], consider: (first: number, second: number) => void): void {
  for (let first = 0; first < members.length; first++) {
    for (let second = first + 1; second < members.length; second++) consider(members[first], members[second]);
  }
}

function pairInWindow(members: readonly number[], window: number, consider: (first: number, second: number) => void): void {
  for (let first = 0; first < members.length; first++) {
    const end = Math.min(members.length, first + window + 1);
    for (let second = first + 1; second < end; second++) consider(members[first], members[second]);
  }
}

function splitByCategory(posting: readonly number[], category: Int32Array): number[][] {
  const blocks = new Map<number, number[]>();
  for (const finding of posting) {
    let block = blocks.get(category[finding]);
    if (!block) blocks.set(category[finding], (block = []));
    block.push(finding);
  }
  return [...blocks.values()];
}

/** Sorting by the heaviest terms puts findings that share more than the common term next to each other. */
function sortBySignature(members: readonly number[], signatureOf: (finding: number) => string): number[] {
  return [...members].sort((left, right) => {
    const a = signatureOf(left);
    const b = signatureOf(right);
    return a < b ? -1 : a > b ? 1 : left - right;
  });
}
