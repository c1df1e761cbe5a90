/** A taxonomy file as written by a person (see `default-taxonomy.json`), before validation. */
export interface RawTaxonomy {
  name?: string;
  description?: string;
  /** Key of the category for problems no cue fits; defaults to `other` when there is such a key. */
  fallback?: string;
  categories: RawCategory[];
}

export interface RawCategory {
  key: string;
  label: string;
  description?: string;
  cues: RawCueGroup[];
}

/** Cues that share one weight. At least one of `terms`, `phrases`, `patterns` is given. */
export interface RawCueGroup {
  weight: number;
  /** Why these cues belong here; for the people who maintain the file. */
  note?: string;
  terms?: string[];
  phrases?: string[];
  patterns?: string[];
}

export const TAXONOMY_FIELDS = ['name', 'description', 'fallback', 'categories'] as const;
export const CATEGORY_FIELDS = ['key', 'label', 'description', 'cues'] as const;
export const CUE_GROUP_FIELDS = ['weight', 'note', 'terms', 'phrases', 'patterns'] as const;
