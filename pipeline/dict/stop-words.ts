import { createRequire } from 'node:module';
import boilerplate from './boilerplate-stop-words.json';

// stopwords-iso ships plain JSON without types; reading it through require keeps it one line.
const require = createRequire(import.meta.url);
const stopWordsByLanguage = require('stopwords-iso') as Record<string, string[]>;

/** Chinese function words (stopwords-iso) plus the genre's boilerplate (问题, 整改, 落实 …). */
export const STOP_WORDS: ReadonlySet<string> = new Set([...stopWordsByLanguage.zh, ...boilerplate.words]);

/**
 * True for a term that carries no meaning of its own in a notice: a stop word, punctuation,
 * whitespace or a bare number. Used where term statistics are computed, never to alter what is shown.
 */
export function isStopWord(term: string): boolean {
  const trimmed = term.trim();
  if (trimmed === '') return true;
  if (STOP_WORDS.has(trimmed)) return true;
  // Punctuation, symbols and numbers (2023, 173.89, 52.3%) say nothing about what a problem is about.
  return /^[\p{P}\p{S}\p{N}.%]+$/u.test(trimmed);
}
