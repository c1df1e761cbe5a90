import type { TokenizedProblem } from '../types';
import { contentTermsOf } from './content-term-memo';

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

/** Counts a problem's content terms (`contentTermsOf`: no stop words, single characters or numbers). */
export function countProblemTerms(tokens: TokenizedProblem, stopWords?: ReadonlySet<string>): ProblemTermCounts {
  const counts: ProblemTermCounts = { terms: [], titleCounts: [], bodyCounts: [], total: 0 };
  // A map, not an object keyed by term: fresh token strings as object keys are interned first.
  const slots = new Map<string, number>();
  const count = (tokens: readonly string[], into: 'titleCounts' | 'bodyCounts') => {
    const terms = contentTermsOf(tokens, stopWords);
    counts.total += terms.length;
    for (const term of terms) {
      let slot = slots.get(term);
      if (slot === undefined) {
        slots.set(term, (slot = counts.terms.length));
        counts.terms.push(term);
        counts.titleCounts.push(0);
        counts.bodyCounts.push(0);
      }
      counts[into][slot] += 1;
    }
  };
  count(tokens.titleTokens, 'titleCounts');
  count(tokens.bodyTokens, 'bodyCounts');
  return counts;
}
