import { clearCueMatches, recordOccurrence, type CueMatches } from './cue-matches';
import { normalizeForParsing } from '../ingest/normalize';
import { scanPhrases } from './phrase-index';
import type { TaxonomyMatcher } from './taxonomy-matcher';

/**
 * Every cue of the taxonomy in one text (as a search of each cue in turn would find it), written into `matches` (cleared
 * first): the first occurrence and the number of occurrences. A pattern stops being searched
 * after `enough` occurrences, since the scoring counts no more; phrases and terms are counted in
 * full, as that costs nothing extra.
 */
export function matchCues(matcher: TaxonomyMatcher, text: string, tokens: readonly string[], enough: number, matches: CueMatches): CueMatches {
  clearCueMatches(matches);
  const normalized = normalizeForParsing(text);
  scanPhrases(matcher.phrases, normalized, matches, 0);
  if (matcher.terms.size > 0) scanTerms(matcher.terms, normalized, tokens, matches);
  matcher.patterns.forEach((pattern, number) => {
    const possible = pattern.literalSlots === null || pattern.literalSlots.some((slot) => matches.count[slot] > 0);
    if (possible) scanPattern(pattern.expression, normalized, matches, matcher.firstPatternSlot + number, enough);
  });
  return matches;
}

/** A term must be one whole token; tokens are located in text order, each after the one before. */
function scanTerms(terms: Map<string, number>, text: string, tokens: readonly string[], matches: CueMatches): void {
  let cursor = 0;
  for (const token of tokens) {
    const normalizedToken = normalizeForParsing(token);
    const start = text.indexOf(normalizedToken, cursor);
    if (start === -1) continue;
    cursor = start + normalizedToken.length;
    const slot = terms.get(normalizedToken);
    if (slot !== undefined) recordOccurrence(matches, slot, start, cursor);
  }
}

/** Non-empty matches of a global Unicode pattern, stepping over empty ones as `matchAll` does. */
function scanPattern(pattern: RegExp, text: string, matches: CueMatches, slot: number, enough: number): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null && matches.count[slot] < enough; match = pattern.exec(text)) {
    if (match[0] === '') {
      pattern.lastIndex = nextCodePoint(text, match.index);
      continue;
    }
    recordOccurrence(matches, slot, match.index, match.index + match[0].length);
  }
}

/** The offset after the code point at `index`: a surrogate pair is one step in Unicode mode. */
function nextCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * For each category, the indexes of its cues found in any of `texts`, in the category's order,
 * so that scoring looks only at the few cues a problem holds.
 */
export function foundCueIndexes(matcher: TaxonomyMatcher, texts: readonly CueMatches[]): number[][] {
  const found = matcher.cueSlots.map((): number[] => []);
  for (const matches of texts) {
    for (const slot of matches.found) for (const { category, cue } of matcher.cuesOfSlot[slot]) found[category].push(cue);
  }
  return found.map((cues) => [...new Set(cues)].sort((first, second) => first - second));
}
