/** The stable codes of a taxonomy that cannot be used. */
export type TaxonomyErrorCode =
  | 'TAXONOMY_FILE_UNREADABLE'
  | 'TAXONOMY_INVALID_JSON'
  | 'TAXONOMY_DUPLICATE_FIELD'
  | 'TAXONOMY_UNKNOWN_FIELD'
  | 'TAXONOMY_INVALID_FIELD'
  | 'TAXONOMY_NO_CATEGORIES'
  | 'TAXONOMY_EMPTY_CATEGORY'
  | 'TAXONOMY_DUPLICATE_KEY'
  | 'TAXONOMY_DUPLICATE_LABEL'
  | 'TAXONOMY_INVALID_WEIGHT'
  | 'TAXONOMY_INVALID_PATTERN'
  | 'TAXONOMY_PATTERN_MATCHES_EMPTY'
  | 'TAXONOMY_UNKNOWN_FALLBACK';

/** A taxonomy that cannot be used: a setup mistake, so the run stops before any work. */
export class TaxonomyError extends Error {
  readonly code: TaxonomyErrorCode;
  readonly file: string;

  constructor(code: TaxonomyErrorCode, file: string, fault: string) {
    super(`${code}: taxonomy ${file}: ${fault}`);
    this.name = 'TaxonomyError';
    this.code = code;
    this.file = file;
  }
}
