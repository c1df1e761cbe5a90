import { isContentTerm } from './content-term';
import { FINDING_STOP_WORDS } from './verdict-words';

// Past this many distinct tokens the memo starts afresh, so that it stays small on any corpus.
const MEMO_LIMIT = 200_000;

const memos = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

function memoFor(stopWords: ReadonlySet<string>): Map<string, boolean> {
  let memo = memos.get(stopWords);
  if (!memo) memos.set(stopWords, (memo = new Map()));
  return memo;
}

function answerFrom(memo: Map<string, boolean>, token: string, stopWords: ReadonlySet<string>): boolean {
  // One UTF-16 unit (punctuation, 的, 和) is never a content term: no lookup needed.
  if (token.length < 2) return false;
  let answer = memo.get(token);
  if (answer === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    answer = isContentTerm(token, stopWords);
    memo.set(token, answer);
  }
  return answer;
}

/**
 * `isContentTerm`, remembered per token: a notice repeats its terms many times and every
 * token of every problem is tested, once for the keyword table and once for the keywords
 * column, so the test was a tenth of the time spent on a notice after its stages.
 */
export function isContentTermMemo(token: string, stopWords: ReadonlySet<string> = FINDING_STOP_WORDS): boolean {
  return answerFrom(memoFor(stopWords), token, stopWords);
}

const filtered = new WeakMap<readonly string[], { stopWords: ReadonlySet<string>; terms: string[] }>();

/**
 * The content terms of a token list, in order, remembered for that list: the keyword table and
 * the `keywords` column both filter every problem's tokens, and the second asks for the same lists.
 */
export function contentTermsOf(tokens: readonly string[], stopWords: ReadonlySet<string> = FINDING_STOP_WORDS): string[] {
  const known = filtered.get(tokens);
  if (known && known.stopWords === stopWords) return known.terms;
  const memo = memoFor(stopWords);
  const terms: string[] = [];
  for (const token of tokens) if (answerFrom(memo, token, stopWords)) terms.push(token);
  filtered.set(tokens, { stopWords, terms });
  return terms;
}
