import { isContentTerm } from './content-term';
import { FINDING_STOP_WORDS } from './verdict-words';

// Past this many distinct tokens the memo starts afresh, so that it stays small on any corpus.
const MEMO_LIMIT = 200_000;

const memos = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/**
 * `isContentTerm`, remembered per token: a notice repeats its terms many times and every
 * token of every problem is tested, once for the keyword table and once for the keywords
 * column, so the test was a tenth of the time spent on a notice after its stages.
 */
export function isContentTermMemo(token: string, stopWords: ReadonlySet<string> = FINDING_STOP_WORDS): boolean {
  let memo = memos.get(stopWords);
  if (!memo) memos.set(stopWords, (memo = new Map()));
  let answer = memo.get(token);
  if (answer === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    answer = isContentTerm(token, stopWords);
    memo.set(token, answer);
  }
  return answer;
}

const filtered = new WeakMap<readonly string[], { stopWords: ReadonlySet<string>; terms: string[] }>();

/**
 * The content terms of a token list, in order, remembered for that list: the keyword table and
 * the `keywords` column both filter every problem's tokens, and the second asks for the same lists.
 */
export function contentTermsOf(tokens: readonly string[], stopWords: ReadonlySet<string> = FINDING_STOP_WORDS): string[] {
  const known = filtered.get(tokens);
  if (known && known.stopWords === stopWords) return known.terms;
  const terms = tokens.filter((token) => isContentTermMemo(token, stopWords));
  filtered.set(tokens, { stopWords, terms });
  return terms;
}
