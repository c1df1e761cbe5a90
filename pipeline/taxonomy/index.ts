export type { Category, Cue, CueKind, Taxonomy } from './taxonomy-types';
export type { RawCategory, RawCueGroup, RawTaxonomy } from './raw-taxonomy';
export { TaxonomyError, type TaxonomyErrorCode } from './taxonomy-error';
export { DEFAULT_TAXONOMY_FILE, loadTaxonomy, parseTaxonomy } from './load-taxonomy';
export { validateTaxonomy } from './validate-taxonomy';
export { lintTaxonomy, type TaxonomyFinding, type TaxonomyFindingCode } from './lint-taxonomy';
export { taxonomyHash } from './taxonomy-hash';
