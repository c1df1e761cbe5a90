import { normalizeForParsing } from '../ingest/normalize';
import type { Cue, Taxonomy } from '../taxonomy';
import { emptyCueMatches, type CueMatches } from './cue-matches';
import { requiredLiterals } from '../text/pattern-literals';
import { buildPhraseIndex, type PhraseIndex } from './phrase-index';

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
export interface CompiledPattern {
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
    patterns: [...numbers.pattern.keys()].map((source, number) => ({ expression: new RegExp(source, 'gu'), literalSlots: literalNumbers[number] })),
    firstPatternSlot,
    workspace: { title: emptyCueMatches(slotCount), body: emptyCueMatches(slotCount) },
  };
}
