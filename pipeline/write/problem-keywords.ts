import { isContentTerm } from '../aggregate/content-term';
import type { ProcessedNotice } from '../types';

/** How many terms the `keywords` column of `problems.csv` lists. */
export const KEYWORDS_PER_PROBLEM = 5;

// The title names the finding; the body mostly says what was done about it.
const TITLE_WEIGHT = 2;

/**
 * Builds the lookup for the `keywords` column: a problem's top terms by TF-IDF over all
 * problems of the run (title terms count double), ties broken by code point so that the
 * column is the same for the same input.
 */
export function problemKeywords(notices: readonly ProcessedNotice[]): (notice: ProcessedNotice, problemIndex: number) => string[] {
  const documentFrequency = new Map<string, number>();
  let documents = 0;
  for (const notice of notices) {
    for (const tokens of notice.tokens) {
      documents++;
      for (const term of new Set([...tokens.titleTokens, ...tokens.bodyTokens])) {
        if (isContentTerm(term)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    }
  }
  return (notice, problemIndex) => {
    const tokens = notice.tokens[problemIndex];
    if (!tokens) return [];
    const frequency = new Map<string, number>();
    const count = (term: string, weight: number) => {
      if (isContentTerm(term)) frequency.set(term, (frequency.get(term) ?? 0) + weight);
    };
    tokens.titleTokens.forEach((term) => count(term, TITLE_WEIGHT));
    tokens.bodyTokens.forEach((term) => count(term, 1));
    return [...frequency]
      .map(([term, weight]) => ({ term, score: weight * Math.log(1 + documents / (documentFrequency.get(term) ?? 1)) }))
      .sort((left, right) => right.score - left.score || (left.term < right.term ? -1 : left.term > right.term ? 1 : 0))
      .slice(0, KEYWORDS_PER_PROBLEM)
      .map((entry) => entry.term);
  };
}
