import { FINDING_STOP_WORDS } from './verdict-words';

const NUMBER = /^[\d.,%]+$/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * True for a token that can tell findings apart: not punctuation, not a single character,
 * not a pure number, not a stop word or verdict of the genre.
 */
export function isContentTerm(token: string, stopWords: ReadonlySet<string> = FINDING_STOP_WORDS): boolean {
  const term = token.trim();
  if ([...term].length < 2) return false;
  if (NUMBER.test(term) || !WORD_CHARACTER.test(term)) return false;
  return !stopWords.has(term);
}
