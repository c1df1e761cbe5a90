import type { Cue, Taxonomy } from './taxonomy-types';

export type TaxonomyFindingCode =
  | 'CUE_IN_TWO_CATEGORIES'
  | 'CUE_INSIDE_OTHER_CATEGORY_CUE'
  | 'CUE_NEVER_MATCHES'
  | 'PATTERN_MATCHES_EMPTY';

/** Something in a taxonomy that is probably a mistake, though the taxonomy can still be used. */
export interface TaxonomyFinding {
  code: TaxonomyFindingCode;
  category: string;
  cue: string;
  /** The other category involved, for the findings about two categories. */
  otherCategory?: string;
  otherCue?: string;
  message: string;
}

interface PlacedCue {
  category: string;
  cue: Cue;
}

/**
 * Checks a taxonomy for cues that contradict each other or cannot work: a cue under two
 * categories, a cue inside another category's cue, a pattern that matches the empty string,
 * and (given corpus texts) a cue that matches in none of them.
 */
export function lintTaxonomy(taxonomy: Taxonomy, corpusTexts?: readonly string[]): TaxonomyFinding[] {
  const placed = taxonomy.categories.flatMap((category) => category.cues.map((cue) => ({ category: category.key, cue })));
  return [
    ...findSharedCues(placed),
    ...findEmptyMatches(placed, corpusTexts ?? []),
    ...(corpusTexts === undefined ? [] : findUnmatchedCues(placed, corpusTexts)),
  ];
}

function findSharedCues(placed: PlacedCue[]): TaxonomyFinding[] {
  const findings: TaxonomyFinding[] = [];
  const words = placed.filter((entry) => entry.cue.kind !== 'pattern');
  for (const [index, first] of words.entries()) {
    for (const second of words.slice(index + 1)) {
      if (first.category === second.category) continue;
      if (first.cue.text === second.cue.text) {
        findings.push({
          code: 'CUE_IN_TWO_CATEGORIES', category: first.category, cue: first.cue.text, otherCategory: second.category, otherCue: second.cue.text,
          message: `cue "${first.cue.text}" is listed under both ${first.category} and ${second.category}`,
        });
        continue;
      }
      const [inner, outer] = first.cue.text.length < second.cue.text.length ? [first, second] : [second, first];
      if (outer.cue.text.includes(inner.cue.text)) {
        findings.push({
          code: 'CUE_INSIDE_OTHER_CATEGORY_CUE', category: inner.category, cue: inner.cue.text, otherCategory: outer.category, otherCue: outer.cue.text,
          message: `cue "${inner.cue.text}" (${inner.category}) occurs inside "${outer.cue.text}" (${outer.category}), so every match of the longer cue also counts for ${inner.category}`,
        });
      }
    }
  }
  return findings;
}

function findEmptyMatches(placed: PlacedCue[], corpusTexts: readonly string[]): TaxonomyFinding[] {
  return placed
    .filter((entry) => entry.cue.kind === 'pattern')
    .filter((entry) => [''].concat(corpusTexts).some((text) => hasEmptyMatch(entry.cue.text, text)))
    .map((entry) => ({
      code: 'PATTERN_MATCHES_EMPTY' as const, category: entry.category, cue: entry.cue.text,
      message: `pattern /${entry.cue.text}/ (${entry.category}) matches an empty string, which is evidence of nothing`,
    }));
}

function hasEmptyMatch(source: string, text: string): boolean {
  for (const match of text.matchAll(new RegExp(source, 'gu'))) {
    if (match[0] === '') return true;
  }
  return false;
}

function findUnmatchedCues(placed: PlacedCue[], corpusTexts: readonly string[]): TaxonomyFinding[] {
  return placed
    .filter((entry) => !corpusTexts.some((text) => cueOccurs(entry.cue, text)))
    .map((entry) => ({
      code: 'CUE_NEVER_MATCHES' as const, category: entry.category, cue: entry.cue.text,
      message: `cue "${entry.cue.text}" (${entry.category}) matches in none of the ${corpusTexts.length} corpus texts`,
    }));
}

// Lint has no tokenizer: a term counts as occurring where its characters occur, which can only
// over-report matches, so a cue reported as never matching truly never does.
function cueOccurs(cue: Cue, text: string): boolean {
  return cue.kind === 'pattern' ? new RegExp(cue.text, 'u').test(text) : text.includes(cue.text);
}
