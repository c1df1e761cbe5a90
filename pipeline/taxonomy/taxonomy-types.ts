/**
 * A taxonomy as the pipeline uses it, after validation. The raw JSON form is described in
 * `raw-taxonomy.ts`; `loadTaxonomy` turns one into the other.
 */

/**
 * How a cue is found in a problem:
 * - `term`: equals one token of the tokenized text (a short word that must not match inside others);
 * - `phrase`: occurs anywhere in the text (full- and half-width forms count as the same);
 * - `pattern`: a regular expression (Unicode mode) matches the text.
 */
export type CueKind = 'term' | 'phrase' | 'pattern';

/** One piece of wording that points to a category, with how strongly it does. */
export interface Cue {
  kind: CueKind;
  /** The term, phrase or regular expression source as written in the taxonomy. */
  text: string;
  /** How strongly the cue points to its category: 3 names it outright, 1 only hints at it. */
  weight: number;
}

export interface Category {
  /** Stable key used in code and JSON output, e.g. `finance`. */
  key: string;
  /** Name shown to people, e.g. `财务内控`. */
  label: string;
  description: string;
  cues: Cue[];
}

export interface Taxonomy {
  name: string;
  /** The file it was read from; `null` for one built in code. */
  source: string | null;
  /** Key of the category given when no other category fits; it is never combined with another. */
  fallback: string;
  /** In the taxonomy's order, which is also the order of output columns. */
  categories: Category[];
}
