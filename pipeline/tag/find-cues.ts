import { normalizeForParsing } from '../ingest/normalize';
import type { Cue } from '../taxonomy';

/** Where one cue occurs in a text. */
export interface CueOccurrence {
  /** Offset in the text (the same in the original and the normalised text). */
  start: number;
  end: number;
}

/**
 * Every occurrence of `cue` in `text`. Phrases and patterns are matched on the normalised text
 * so that full-width and half-width forms (（境） and (境)) count as the same; terms must be
 * one whole token, which keeps a short word from matching inside a longer one.
 */
export function findCue(cue: Cue, text: string, tokens: readonly string[]): CueOccurrence[] {
  const normalized = normalizeForParsing(text);
  if (cue.kind === 'pattern') return findPattern(cue.text, normalized);
  if (cue.kind === 'phrase') return findPhrase(normalizeForParsing(cue.text), normalized);
  return findTerm(normalizeForParsing(cue.text), normalized, tokens);
}

function findPhrase(phrase: string, text: string): CueOccurrence[] {
  const occurrences: CueOccurrence[] = [];
  for (let start = text.indexOf(phrase); start !== -1; start = text.indexOf(phrase, start + phrase.length)) {
    occurrences.push({ start, end: start + phrase.length });
  }
  return occurrences;
}

function findPattern(source: string, text: string): CueOccurrence[] {
  return [...text.matchAll(new RegExp(source, 'gu'))]
    .filter((match) => match[0] !== '')
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function findTerm(term: string, text: string, tokens: readonly string[]): CueOccurrence[] {
  const occurrences: CueOccurrence[] = [];
  let cursor = 0;
  // Tokens come in text order; locating each after the previous gives its offset even when a
  // tokenizer drops whitespace between them.
  for (const token of tokens) {
    const start = text.indexOf(normalizeForParsing(token), cursor);
    if (start === -1) continue;
    cursor = start + token.length;
    if (normalizeForParsing(token) === term) occurrences.push({ start, end: cursor });
  }
  return occurrences;
}
