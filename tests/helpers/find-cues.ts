import { normalizeForParsing } from '../../pipeline/ingest/normalize';
import type { Cue } from '../../pipeline/taxonomy';

// The straightforward search of one cue at a time that tagging did before it compiled the
// taxonomy: kept as the reference the compiled matcher is tested against.

/** Where one cue occurs in a text. */
export interface CueOccurrence {
  /** Offset in the text (the same in the original and the normalised text). */
  start: number;
  end: number;
}

/** A text prepared once for matching many cues against it. */
export interface MatchableText {
  /** `normalizeForParsing` of the text: full-width and half-width forms (（境）, (境)) are one. */
  normalized: string;
  /** The text's tokens, normalised the same way. */
  tokens: string[];
}

/** Prepares a text and its tokens for `findCue`. */
export function matchableText(text: string, tokens: readonly string[]): MatchableText {
  return { normalized: normalizeForParsing(text), tokens: tokens.map(normalizeForParsing) };
}

/**
 * Every occurrence of `cue` in a text. Phrases and patterns match anywhere; terms must be one
 * whole token, which keeps a short word from matching inside a longer one.
 */
export function findCue(cue: Cue, text: MatchableText): CueOccurrence[] {
  if (cue.kind === 'pattern') return findPattern(compiledPattern(cue.text), text.normalized);
  if (cue.kind === 'phrase') return findPhrase(normalizedCue(cue.text), text.normalized);
  return findTerm(normalizedCue(cue.text), text.normalized, text.tokens);
}

// Every problem is matched against every cue: compile and normalise each cue once per process.
const patterns = new Map<string, RegExp>();
const normalizedCues = new Map<string, string>();

function compiledPattern(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = new RegExp(source, 'gu')));
  return pattern;
}

function normalizedCue(text: string): string {
  let normalized = normalizedCues.get(text);
  if (normalized === undefined) normalizedCues.set(text, (normalized = normalizeForParsing(text)));
  return normalized;
}

function findPhrase(phrase: string, text: string): CueOccurrence[] {
  const occurrences: CueOccurrence[] = [];
  for (let start = text.indexOf(phrase); start !== -1; start = text.indexOf(phrase, start + phrase.length)) {
    occurrences.push({ start, end: start + phrase.length });
  }
  return occurrences;
}

function findPattern(pattern: RegExp, text: string): CueOccurrence[] {
  // matchAll works on a copy of the pattern, so the shared one keeps no state between calls.
  return [...text.matchAll(pattern)]
    .filter((match) => match[0] !== '')
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function findTerm(term: string, text: string, tokens: readonly string[]): CueOccurrence[] {
  const occurrences: CueOccurrence[] = [];
  let cursor = 0;
  // Tokens come in text order; locating each after the previous gives its offset even when a
  // tokenizer drops whitespace between them.
  for (const token of tokens) {
    const start = text.indexOf(token, cursor);
    if (start === -1) continue;
    cursor = start + token.length;
    if (token === term) occurrences.push({ start, end: cursor });
  }
  return occurrences;
}
