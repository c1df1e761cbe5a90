import type { TermVector } from './weighted-vectors';

/** How candidate pairs are drawn from the inverted index. */
export interface CandidateOptions {
  /** Each problem is indexed under this many of its heaviest terms (rarest, most telling). */
  indexedTerms: number;
  /** A posting list longer than this is split by category, and a block still longer is compared in a window only. */
  postingCap: number;
  /**
   * How many neighbours each problem of an over-long block is compared with, after sorting the
   * block by the problems' heaviest terms: a very common term costs linear, not quadratic, work.
   */
  window: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { indexedTerms: 4, postingCap: 50, window: 20 };

/** What one problem needs to be indexed. */
export interface IndexedProblem {
  vector: TermVector;
  /** Problems of the same group are never paired (one agency does not recur with itself). */
  group: string;
  category: string;
}

/**
 * The pairs of problems worth comparing, those that share an indexed term and belong to
 * different groups, each once, in ascending order of `left` then `right` (`left < right`).
 * A pair is the number `left × problems.length + right` (`pairOf` reads it back): a large
 * corpus gives millions of pairs, which as tuples cost more memory than everything else.
 * Terms that occur in one problem only cannot pair anything and are not indexed.
 */
export function candidatePairs(problems: readonly IndexedProblem[], options: CandidateOptions): Float64Array {
  const postings = new Map<string, number[]>();
  const documentFrequency = new Map<string, number>();
  for (const problem of problems) {
    for (const term of problem.vector.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  problems.forEach((problem, index) => {
    for (const term of heaviestTerms(problem.vector, options.indexedTerms, documentFrequency)) {
      let posting = postings.get(term);
      if (!posting) postings.set(term, (posting = []));
      posting.push(index);
    }
  });

  // Sorting numbers and dropping repeats costs far less than a set of seen pairs. Sorted, the
  // numbers give the pairs in order.
  const count = problems.length;
  let keys = new Float64Array(1024);
  let size = 0;
  const consider = (first: number, second: number) => {
    const left = first < second ? first : second;
    const right = first < second ? second : first;
    if (problems[left].group === problems[right].group) return;
    if (size === keys.length) {
      const grown = new Float64Array(keys.length * 2);
      grown.set(keys);
      keys = grown;
    }
    keys[size++] = left * count + right;
  };
  // A problem is in up to `indexedTerms` long postings: its signature is made once.
  const signatures: (string | undefined)[] = new Array(count);
  for (const posting of postings.values()) {
    if (posting.length <= options.postingCap) {
      pairAll(posting, consider);
      continue;
    }
    for (const block of splitByCategory(posting, problems)) {
      if (block.length <= options.postingCap) pairAll(block, consider);
      else pairInWindow(sortBySignature(block, problems, signatures), options.window, consider);
    }
  }
  const sorted = keys.subarray(0, size).sort();
  let unique = 0;
  for (let index = 0; index < sorted.length; index++) {
    if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[unique++] = sorted[index];
  }
  return sorted.slice(0, unique);
}

/** A pair of `candidatePairs` as `[left, right]`; `count` is the number of problems. */
export function pairOf(pair: number, count: number): [number, number] {
  const right = pair % count;
  return [(pair - right) / count, right];
}

function heaviestTerms(vector: TermVector, count: number, documentFrequency: Map<string, number>): string[] {
  return [...vector]
    .filter(([term]) => (documentFrequency.get(term) ?? 0) > 1)
    .sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))
    .slice(0, count)
    .map(([term]) => term);
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

function splitByCategory(posting: readonly number[], problems: readonly IndexedProblem[]): number[][] {
  const blocks = new Map<string, number[]>();
  for (const index of posting) {
    const category = problems[index].category;
    let block = blocks.get(category);
    if (!block) blocks.set(category, (block = []));
    block.push(index);
  }
  return [...blocks.values()];
}

/** Sorting by the heaviest terms puts problems that share more than the common term next to each other. */
function sortBySignature(members: readonly number[], problems: readonly IndexedProblem[], signatures: (string | undefined)[]): number[] {
  for (const index of members) {
    signatures[index] ??= [...problems[index].vector]
      .sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))
      .map(([term]) => term)
      .join(' ');
  }
  return [...members].sort((left, right) => {
    const a = signatures[left] ?? '';
    const b = signatures[right] ?? '';
    return a < b ? -1 : a > b ? 1 : left - right;
  });
}
