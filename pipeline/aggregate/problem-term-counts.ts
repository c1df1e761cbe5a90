import type { TokenizedProblem } from '../types';
import { contentTermNumbering } from './content-term-memo';

/**
 * A problem's distinct content terms in order of first use (title first, then body), with how
 * often each occurs in its title and in its body: what both the keyword table and the
 * `keywords` column count, read off the tokens once.
 */
export interface ProblemTermCounts {
  terms: string[];
  /** Parallel to `terms`. */
  titleCounts: number[];
  /** Parallel to `terms`. */
  bodyCounts: number[];
  /** Content terms of title and body, repeats included. */
  total: number;
}

// By term number (`contentTermNumbering`): the problem counted that last met the term, and
// the term's slot in that problem's lists. Shared by every call instead of a map per problem,
// which was most of what counting allocated.
let lastProblem = new Int32Array(4096);
let slotInProblem = new Int32Array(4096);
let problemsCounted = 0;

/** Counts a problem's content terms (`isContentTerm`: no stop words, single characters or numbers). */
export function countProblemTerms(tokens: TokenizedProblem, stopWords?: ReadonlySet<string>): ProblemTermCounts {
  const counts: ProblemTermCounts = { terms: [], titleCounts: [], bodyCounts: [], total: 0 };
  const numbering = contentTermNumbering(tokens.titleTokens.length + tokens.bodyTokens.length, stopWords);
  const problem = nextProblem();
  const count = (tokens: readonly string[], into: 'titleCounts' | 'bodyCounts') => {
    for (const term of tokens) {
      const number = numbering.numberOf(term);
      if (number < 0) continue;
      counts.total += 1;
      if (number >= lastProblem.length) makeRoom(numbering.terms());
      if (lastProblem[number] !== problem) {
        lastProblem[number] = problem;
        slotInProblem[number] = counts.terms.length;
        counts.terms.push(term);
        counts.titleCounts.push(0);
        counts.bodyCounts.push(0);
      }
      counts[into][slotInProblem[number]] += 1;
    }
  };
  count(tokens.titleTokens, 'titleCounts');
  count(tokens.bodyTokens, 'bodyCounts');
  return counts;
}

/** A number for the problem about to be counted, never one an entry of `lastProblem` holds from before. */
function nextProblem(): number {
  if (problemsCounted === 0x7fffffff) {
    lastProblem.fill(0);
    problemsCounted = 0;
  }
  return ++problemsCounted;
}

function makeRoom(terms: number): void {
  const size = Math.max(terms, 2 * lastProblem.length);
  const grownLast = new Int32Array(size);
  grownLast.set(lastProblem);
  const grownSlots = new Int32Array(size);
  grownSlots.set(slotInProblem);
  lastProblem = grownLast;
  slotInProblem = grownSlots;
}
