import { normalizeForParsing } from '../ingest/normalize';
import { normalizeForMatching } from './normalize-for-matching';
import type { Cue, Taxonomy } from '../taxonomy';
import { clearCueMatches, emptyCueMatches, recordOccurrence, type CueMatches } from './cue-matches';
import { requiredLiterals } from './pattern-literals';
import { buildPhraseIndex, scanPhrases, type PhraseIndex } from './phrase-index';

/**
 * A taxonomy compiled for matching all its cues against a text at once. Each distinct cue has a
 * slot in the `CueMatches` a scan returns: the phrases first, then the terms, then the patterns.
 */
export interface TaxonomyMatcher {
  /** Parallel to the taxonomy's categories and their cues: the slot holding each cue's matches. */
  cueSlots: Int32Array[];
  /** The other way round: for each slot, the categories and cues (by index) whose matches it holds. */
  cuesOfSlot: { category: number; cue: number }[][];
  slotCount: number;
  phrases: PhraseIndex;
  /** Normalised term → its slot. */
  terms: Map<string, number>;
  firstTermSlot: number;
  /** Compiled once per taxonomy; each scan starts them from the beginning of the text. */
  patterns: CompiledPattern[];
  firstPatternSlot: number;
  /**
   * Matches reused for every problem's title and body, so that tagging allocates nothing per
   * text; a tagging is computed synchronously and keeps no reference to them.
   */
  workspace: { title: CueMatches; body: CueMatches };
}

/** A pattern cue, with the phrase slots of strings one of which every match contains. */
interface CompiledPattern {
  expression: RegExp;
  /** Null when nothing is known: the pattern is then run on every text. */
  literalSlots: number[] | null;
}

// Taxonomies are plain data, and callers may build their own: compile each one the first time it
// is used, and let it go with the taxonomy. A taxonomy is not changed once it is used for tagging.
const compiled = new WeakMap<Taxonomy, TaxonomyMatcher>();

/** The compiled form of `taxonomy`, built on first use. */
export function taxonomyMatcher(taxonomy: Taxonomy): TaxonomyMatcher {
  let matcher = compiled.get(taxonomy);
  if (!matcher) compiled.set(taxonomy, (matcher = compileTaxonomy(taxonomy)));
  return matcher;
}

function compileTaxonomy(taxonomy: Taxonomy): TaxonomyMatcher {
  // Numbering per kind first; slots are laid out once all distinct cues are known.
  const numbers = { phrase: new Map<string, number>(), term: new Map<string, number>(), pattern: new Map<string, number>() };
  const numberOf = (cue: Cue): number => {
    const key = cue.kind === 'pattern' ? cue.text : normalizeForParsing(cue.text);
    const known = numbers[cue.kind];
    let number = known.get(key);
    if (number === undefined) known.set(key, (number = known.size));
    return number;
  };
  const cueNumbers = taxonomy.categories.map((category) => category.cues.map(numberOf));
  // The strings a pattern requires are found with the phrases, in the same pass over the text;
  // they are matched as written, since the pattern is matched against the normalised text as written.
  const literals = [...numbers.pattern.keys()].map((source) => requiredLiterals(source));
  const phraseNumberOf = (literal: string): number => {
    let number = numbers.phrase.get(literal);
    if (number === undefined) numbers.phrase.set(literal, (number = numbers.phrase.size));
    return number;
  };
  const literalNumbers = literals.map((required) => required?.map(phraseNumberOf) ?? null);
  const firstTermSlot = numbers.phrase.size;
  const firstPatternSlot = firstTermSlot + numbers.term.size;
  const firstSlot = { phrase: 0, term: firstTermSlot, pattern: firstPatternSlot };
  const slotCount = firstPatternSlot + numbers.pattern.size;
  const cueSlots = taxonomy.categories.map((category, index) => Int32Array.from(category.cues, (cue, cueIndex) => firstSlot[cue.kind] + cueNumbers[index][cueIndex]));
  const cuesOfSlot = Array.from({ length: slotCount }, (): { category: number; cue: number }[] => []);
  cueSlots.forEach((slots, category) => slots.forEach((slot, cue) => cuesOfSlot[slot].push({ category, cue })));
  return {
    cueSlots,
    cuesOfSlot,
    slotCount,
    phrases: buildPhraseIndex([...numbers.phrase.keys()]),
    terms: new Map([...numbers.term].map(([term, number]) => [term, firstTermSlot + number])),
    firstTermSlot,
    patterns: [...numbers.pattern.keys()].map((source, number) => ({ expression: new RegExp(source, 'gu'), literalSlots: literalNumbers[number] })),
    firstPatternSlot,
    workspace: { title: emptyCueMatches(slotCount), body: emptyCueMatches(slotCount) },
  };
}

/**
 * Every cue of the taxonomy in one text, as `findCue` finds it, written into `matches` (cleared
 * first): the first occurrence and the number of occurrences. A pattern stops being searched
 * after `enough` occurrences, since the scoring counts no more; phrases and terms are counted in
 * full, as that costs nothing extra.
 */
export function matchCues(matcher: TaxonomyMatcher, text: string, tokens: readonly string[], enough: number, matches: CueMatches): CueMatches {
  clearCueMatches(matches);
  const normalized = normalizeForMatching(text);
  scanPhrases(matcher.phrases, normalized, matches, 0);
  if (matcher.terms.size > 0) scanTerms(matcher.terms, normalized, tokens, matches);
  matcher.patterns.forEach((pattern, number) => {
    const possible = pattern.literalSlots === null || pattern.literalSlots.some((slot) => matches.count[slot] > 0);
    if (possible) scanPattern(pattern.expression, normalized, matches, matcher.firstPatternSlot + number, enough);
  });
  return matches;
}

/** A term must be one whole token; tokens are located in text order, as `findCue` locates them. */
function scanTerms(terms: Map<string, number>, text: string, tokens: readonly string[], matches: CueMatches): void {
  let cursor = 0;
  for (const token of tokens) {
    const normalizedToken = normalizeForMatching(token);
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
