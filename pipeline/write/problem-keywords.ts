import type { ProblemTermCounts } from '../aggregate/problem-term-counts';

/** How many terms the `keywords` column of `problems.csv` lists. */
export const KEYWORDS_PER_PROBLEM = 5;

// The title names the finding; the body mostly says what was done about it.
const TITLE_WEIGHT = 2;

// What JSON.stringify would escape in a string: quote, backslash, control characters and lone surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The weight of the term in `slot` of a problem's counts: its title uses count `TITLE_WEIGHT` times. */
export function termWeight(counts: ProblemTermCounts, slot: number): number {
  return TITLE_WEIGHT * counts.titleCounts[slot] + counts.bodyCounts[slot];
}

/**
 * A problem's content terms with their weights (title uses count double), what its keywords are
 * chosen from, as a JSON object in order of first use: written directly, without an object keyed
 * by every term. (Content terms are never all ASCII digits, so no key is an array index, which
 * an object would put first.)
 */
export function problemTermsJson(counts: ProblemTermCounts): string {
  if (counts.terms.length === 0) return '{}';
  // Pieces joined once: a string added to piece by piece left a chain of partial strings per
  // term, which was a twelfth of what a notice's processing allocated.
  const pieces: (string | number)[] = new Array(4 * counts.terms.length);
  counts.terms.forEach((term, slot) => {
    pieces[4 * slot] = slot === 0 ? '{"' : ',"';
    // A term needs escaping only with a quote, a backslash or a control character: rarely.
    pieces[4 * slot + 1] = NEEDS_ESCAPING.test(term) ? JSON.stringify(term).slice(1, -1) : term;
    pieces[4 * slot + 2] = '":';
    pieces[4 * slot + 3] = termWeight(counts, slot);
  });
  return `${pieces.join('')}}`;
}


/**
 * The `keywords` column's choice: a problem's top terms by TF-IDF over all problems of the
 * run (`KEYWORDS_PER_PROBLEM` of them), ties broken by code point so that the column is the
 * same for the same input. Terms are ids into `texts`, `documentFrequency[id]` problems use
 * one, `problems` in all. A problem's terms are `entries[from]`, `entries[from + 1]` (id,
 * weight), and so on, `count` of them.
 */
export function keywordChooser(texts: readonly string[], documentFrequency: readonly number[], problems: number): (entries: Int32Array, from: number, count: number) => string[] {
  const best: { term: string; score: number }[] = [];
  const ranksBefore = (score: number, term: string, other: { term: string; score: number }) => score > other.score || (score === other.score && term < other.term);
  // Each term's inverse document frequency, computed the first time it is needed.
  const inverseFrequency = new Float64Array(texts.length).fill(-1);
  return (entries: Int32Array, from: number, count: number): string[] => {
    best.length = 0;
    // The top few by score, kept in order as the terms go by: no sort of all of them.
    for (let at = from; at < from + 2 * count; at += 2) {
      const id = entries[at];
      if (inverseFrequency[id] < 0) inverseFrequency[id] = Math.log(1 + problems / (documentFrequency[id] || 1));
      const score = entries[at + 1] * inverseFrequency[id];
      const term = texts[id];
      if (best.length === KEYWORDS_PER_PROBLEM && !ranksBefore(score, term, best[best.length - 1])) continue;
      let position = best.length;
      while (position > 0 && ranksBefore(score, term, best[position - 1])) position--;
      best.splice(position, 0, { term, score });
      if (best.length > KEYWORDS_PER_PROBLEM) best.pop();
    }
    return best.map((entry) => entry.term);
  };
}
