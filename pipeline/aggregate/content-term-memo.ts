import { isContentTerm } from './content-term';
import { FINDING_STOP_WORDS } from './verdict-words';

// Past this many distinct tokens the memo starts afresh, so that it stays small on any corpus.
const MEMO_LIMIT = 200_000;

/** Marks a token that is not a content term in a memo whose other values are term numbers. */
const NOT_CONTENT = -1;

/** Per token seen: `NOT_CONTENT`, or the number the content term was given (from 0, in order of first sight). */
interface Memo {
  numbers: Map<string, number>;
  terms: number;
}

const memos = new WeakMap<ReadonlySet<string>, Memo>();

function memoFor(stopWords: ReadonlySet<string>): Memo {
  let memo = memos.get(stopWords);
  if (!memo) memos.set(stopWords, (memo = { numbers: new Map(), terms: 0 }));
  return memo;
}

/** `mayStartAfresh` is false while a caller holds numbers: the memo then grows past its limit for the rest of that caller's tokens. */
function numberFrom(memo: Memo, token: string, stopWords: ReadonlySet<string>, mayStartAfresh: boolean): number {
  // One UTF-16 unit (punctuation, 的, 和) is never a content term: no lookup needed.
  if (token.length < 2) return NOT_CONTENT;
  let number = memo.numbers.get(token);
  if (number === undefined) {
    if (mayStartAfresh && memo.numbers.size >= MEMO_LIMIT) startAfresh(memo);
    number = isContentTerm(token, stopWords) ? memo.terms++ : NOT_CONTENT;
    memo.numbers.set(token, number);
  }
  return number;
}

function startAfresh(memo: Memo): void {
  memo.numbers.clear();
  memo.terms = 0;
}

/**
 * `isContentTerm`, remembered per token: a notice repeats its terms many times and every
 * token of every problem is tested (for its keywords and for the finding it names), so the
 * test was a tenth of the time spent on a notice after its stages.
 */
export function isContentTermMemo(token: string, stopWords: ReadonlySet<string> = FINDING_STOP_WORDS): boolean {
  return numberFrom(memoFor(stopWords), token, stopWords, true) !== NOT_CONTENT;
}

/** The content terms of a token list, in order. */
export function contentTermsOf(tokens: readonly string[], stopWords: ReadonlySet<string> = FINDING_STOP_WORDS): string[] {
  return tokens.filter((token) => isContentTermMemo(token, stopWords));
}

/**
 * Numbers for the content terms of some token lists, read off the memo: `numberOf` gives a
 * content term's number (the same for the same term) and -1 for any other token. Numbers are
 * small and dense, so a caller can keep what it knows of each term in arrays instead of a map
 * per list. They hold while the memo does: the memo starts afresh, if it must, only when the
 * numbering is made (`tokens` is how many tokens will be numbered, so that they fit), never
 * while the numbering is used.
 */
export function contentTermNumbering(tokens: number, stopWords: ReadonlySet<string> = FINDING_STOP_WORDS): { numberOf(token: string): number; terms(): number } {
  const memo = memoFor(stopWords);
  if (memo.numbers.size + tokens > MEMO_LIMIT) startAfresh(memo);
  return { numberOf: (token) => numberFrom(memo, token, stopWords, false), terms: () => memo.terms };
}
