import { normalizeForParsing } from '../ingest/normalize';

/**
 * `normalizeForParsing`, built for texts normalised over and over: it finds the few characters
 * that change with one regular expression, instead of rebuilding the text a character at a time.
 * What changes, and into what, is read from `normalizeForParsing` itself, so the two agree.
 */
export function normalizeForMatching(text: string): string {
  replacement ??= deriveReplacement();
  return replacement === null ? normalizeForParsing(text) : text.replace(replacement.changing, replacement.replace);
}

interface Replacement {
  /** Every UTF-16 code unit that normalisation changes, as one character class. */
  changing: RegExp;
  replace: (character: string) => string;
}

let replacement: Replacement | null | undefined;

/** Null when normalisation is not one code unit to one, which the replacement relies on. */
function deriveReplacement(): Replacement | null {
  const normalizedOf = new Map<string, string>();
  for (let code = 0; code <= 0xffff; code++) {
    const character = String.fromCharCode(code);
    const normalized = normalizeForParsing(character);
    if (normalized.length !== 1) return null;
    if (normalized !== character) normalizedOf.set(character, normalized);
  }
  if (normalizedOf.size === 0) return { changing: /(?!)/g, replace: (character) => character };
  const codeUnit = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const changing = new RegExp(`[${[...normalizedOf.keys()].map(codeUnit).join('')}]`, 'g');
  return { changing, replace: (character) => normalizedOf.get(character) ?? character };
}
