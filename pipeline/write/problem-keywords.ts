import { contentTermsOf } from '../aggregate/content-term-memo';
import type { ProcessedNotice, TokenizedProblem } from '../types';

/** How many terms the `keywords` column of `problems.csv` lists. */
export const KEYWORDS_PER_PROBLEM = 5;

// The title names the finding; the body mostly says what was done about it.
const TITLE_WEIGHT = 2;

/** A problem's content terms with their weighted counts (title terms count double), in order of first use. */
export type ProblemTerms = Record<string, number>;

/**
 * Builds the lookup for the `keywords` column: a problem's top terms by TF-IDF over all
 * problems of the run (title terms count double), ties broken by code point so that the
 * column is the same for the same input.
 */
export function problemKeywords(notices: readonly ProcessedNotice[]): (notice: ProcessedNotice, problemIndex: number) => string[] {
  const frequency = createTermFrequency();
  for (const notice of notices) for (const tokens of notice.tokens) frequency.addProblem(problemTerms(tokens));
  return (notice, problemIndex) => {
    const tokens = notice.tokens[problemIndex];
    return tokens ? frequency.keywordsOf(problemTerms(tokens)) : [];
  };
}

/** The weighted content terms of one problem: what its keywords are chosen from. */
export function problemTerms(tokens: TokenizedProblem): ProblemTerms {
  const terms: ProblemTerms = Object.create(null);
  for (const term of contentTermsOf(tokens.titleTokens)) terms[term] = (terms[term] ?? 0) + TITLE_WEIGHT;
  for (const term of contentTermsOf(tokens.bodyTokens)) terms[term] = (terms[term] ?? 0) + 1;
  return terms;
}

/** Document frequencies over the problems of a run, added to problem by problem. */
export interface TermFrequency {
  addProblem(terms: ProblemTerms): void;
  /** Adds problems already counted elsewhere: `documents` problems, `terms[i]` used by `problems[i]` of them. */
  addCounts(documents: number, terms: readonly string[], problems: readonly number[]): void;
  /** A problem's top terms by TF-IDF over the problems added so far. */
  keywordsOf(terms: ProblemTerms): string[];
}

/** An empty document-frequency count for the `keywords` column. */
export function createTermFrequency(): TermFrequency {
  const documentFrequency = new Map<string, number>();
  let documents = 0;
  return {
    addProblem(terms) {
      documents++;
      for (const term in terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    },
    addCounts(added, terms, problems) {
      documents += added;
      terms.forEach((term, index) => documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + problems[index]));
    },
    keywordsOf(terms) {
      // The top few by score, kept in order as the terms go by: no sort of all of them.
      const best: { term: string; score: number }[] = [];
      for (const term in terms) {
        const score = terms[term] * Math.log(1 + documents / (documentFrequency.get(term) ?? 1));
        if (best.length === KEYWORDS_PER_PROBLEM && !ranksBefore(score, term, best[best.length - 1])) continue;
        let position = best.length;
        while (position > 0 && ranksBefore(score, term, best[position - 1])) position--;
        best.splice(position, 0, { term, score });
        if (best.length > KEYWORDS_PER_PROBLEM) best.pop();
      }
      return best.map((entry) => entry.term);
    },
  };
}

/** Higher scores first, ties by code point, so that the column is the same for the same input. */
function ranksBefore(score: number, term: string, other: { term: string; score: number }): boolean {
  return score > other.score || (score === other.score && term < other.term);
}
