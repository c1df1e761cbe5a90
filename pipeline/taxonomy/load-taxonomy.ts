import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findDuplicateJsonField } from './duplicate-json-fields';
import { TaxonomyError } from './taxonomy-error';
import type { Taxonomy } from './taxonomy-types';
import { validateTaxonomy } from './validate-taxonomy';

/** The taxonomy shipped with the pipeline, implementing `taxonomy.md`. */
export const DEFAULT_TAXONOMY_FILE = fileURLToPath(new URL('./default-taxonomy.json', import.meta.url));

/** Reads and checks a taxonomy file (the default one when `file` is omitted); a fault throws a `TaxonomyError`. */
export function loadTaxonomy(file: string = DEFAULT_TAXONOMY_FILE): Taxonomy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new TaxonomyError('TAXONOMY_FILE_UNREADABLE', file, `cannot be read: ${(error as Error).message}`);
  }
  return parseTaxonomy(text, file);
}

/** Checks a taxonomy given as JSON text; `file` names it in error messages. */
export function parseTaxonomy(text: string, file: string): Taxonomy {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new TaxonomyError('TAXONOMY_INVALID_JSON', file, `is not valid JSON: ${(error as Error).message}`);
  }
  const duplicate = findDuplicateJsonField(text);
  if (duplicate !== null) {
    throw new TaxonomyError('TAXONOMY_DUPLICATE_FIELD', file, `the field \`${duplicate}\` is written twice in one object; JSON would silently keep only the last`);
  }
  return validateTaxonomy(raw, file);
}
