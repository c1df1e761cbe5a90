import { FINDING_STOP_WORDS } from './verdict-words';

const NUMBER = /^[\d.,%]+$/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * True for a token that can tell findings apart: not punctuation, not a single character,
 * not a pure number, not a stop word or verdict of the genre.
 */
export function isContentTerm(token: string, stopWords: ReadonlySet<string> = FINDING_STOP_WORDS): boolean {
  const term = token.trim();
  if (isSingleCharacter(term)) return false;
  if (NUMBER.test(term) || !WORD_CHARACTER.test(term)) return false;
  return !stopWords.has(term);
}

/**
 * True for a term of fewer than two characters, a character outside the basic plane (two UTF-16
 * units) counting as one; without spreading the term into an array of characters.
 */
function isSingleCharacter(term: string): boolean {
  if (term.length !== 2) return term.length < 2;
  const first = term.charCodeAt(0);
  const second = term.charCodeAt(1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff;
}
