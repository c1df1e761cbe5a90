import { CATEGORY_FIELDS, CUE_GROUP_FIELDS, TAXONOMY_FIELDS } from './raw-taxonomy';
import { TaxonomyError } from './taxonomy-error';
import type { Category, Cue, CueKind, Taxonomy } from './taxonomy-types';

const CUE_LISTS: { field: 'terms' | 'phrases' | 'patterns'; kind: CueKind }[] = [
  { field: 'terms', kind: 'term' },
  { field: 'phrases', kind: 'phrase' },
  { field: 'patterns', kind: 'pattern' },
];

/** Raw parsed JSON → a checked taxonomy; the first fault throws a `TaxonomyError` naming `file`. */
export function validateTaxonomy(raw: unknown, file: string, source: string | null = file): Taxonomy {
  const fail = (code: ConstructorParameters<typeof TaxonomyError>[0], fault: string): never => {
    throw new TaxonomyError(code, file, fault);
  };
  const top = expectObject(raw, 'the file', TAXONOMY_FIELDS, fail);
  const name = optionalString(top.name, 'name', fail) ?? 'taxonomy';
  if (!Array.isArray(top.categories)) return fail('TAXONOMY_INVALID_FIELD', `expected \`categories\` to be a list, got ${describe(top.categories)}`);
  if (top.categories.length === 0) return fail('TAXONOMY_NO_CATEGORIES', 'expected at least one category in `categories`, got none');
  const categories = top.categories.map((category, index) => validateCategory(category, `categories[${index}]`, fail));
  checkUnique(categories.map((category) => category.key), 'key', 'TAXONOMY_DUPLICATE_KEY', fail);
  checkUnique(categories.map((category) => category.label), 'label', 'TAXONOMY_DUPLICATE_LABEL', fail);
  const keys = categories.map((category) => category.key);
  const fallback = optionalString(top.fallback, 'fallback', fail) ?? (keys.includes('other') ? 'other' : undefined);
  if (fallback === undefined) return fail('TAXONOMY_UNKNOWN_FALLBACK', 'expected `fallback` naming the category for problems no cue fits (there is no category `other`), got none');
  if (!keys.includes(fallback)) return fail('TAXONOMY_UNKNOWN_FALLBACK', `expected \`fallback\` to be one of the keys ${keys.join(', ')}, got "${fallback}"`);
  for (const category of categories) {
    if (category.cues.length === 0 && category.key !== fallback) {
      fail('TAXONOMY_EMPTY_CATEGORY', `category "${category.key}" has no cues, so no problem could ever be given it`);
    }
  }
  return { name, source, fallback, categories };
}

type Fail = (code: ConstructorParameters<typeof TaxonomyError>[0], fault: string) => never;

function validateCategory(raw: unknown, where: string, fail: Fail): Category {
  const category = expectObject(raw, where, CATEGORY_FIELDS, fail);
  const key = requiredString(category.key, `${where}.key`, fail);
  const label = requiredString(category.label, `${where}.label`, fail);
  const description = optionalString(category.description, `${where}.description`, fail) ?? '';
  if (!Array.isArray(category.cues)) return fail('TAXONOMY_INVALID_FIELD', `expected \`${where}.cues\` (${key}) to be a list, got ${describe(category.cues)}`);
  const cues = category.cues.flatMap((group, index) => validateCueGroup(group, `${where}.cues[${index}] (${key})`, fail));
  return { key, label, description, cues };
}

function validateCueGroup(raw: unknown, where: string, fail: Fail): Cue[] {
  const group = expectObject(raw, where, CUE_GROUP_FIELDS, fail);
  const weight = group.weight;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
    return fail('TAXONOMY_INVALID_WEIGHT', `expected \`weight\` in ${where} to be a number above 0, got ${describe(weight)}`);
  }
  optionalString(group.note, `${where}.note`, fail);
  const cues: Cue[] = [];
  for (const { field, kind } of CUE_LISTS) {
    const list = group[field];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return fail('TAXONOMY_INVALID_FIELD', `expected \`${field}\` in ${where} to be a list of strings, got ${describe(list)}`);
    list.forEach((text, index) => {
      const cueText = requiredString(text, `${where}.${field}[${index}]`, fail);
      if (kind === 'pattern') checkPattern(cueText, `${where}.${field}[${index}]`, fail);
      cues.push({ kind, text: cueText, weight });
    });
  }
  if (cues.length === 0) fail('TAXONOMY_EMPTY_CATEGORY', `${where} lists no terms, phrases or patterns`);
  return cues;
}

function checkPattern(source: string, where: string, fail: Fail): void {
  let expression: RegExp;
  try {
    expression = new RegExp(source, 'u');
  } catch (error) {
    return fail('TAXONOMY_INVALID_PATTERN', `${where} /${source}/ is not a valid regular expression: ${(error as Error).message}`);
  }
  // A pattern that matches nothing at all would "match" every problem.
  if (expression.test('')) fail('TAXONOMY_PATTERN_MATCHES_EMPTY', `${where} /${source}/ matches the empty string, so it would match every problem`);
}

function expectObject(raw: unknown, where: string, fields: readonly string[], fail: Fail): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('TAXONOMY_INVALID_FIELD', `expected ${where} to be an object, got ${describe(raw)}`);
  }
  for (const field of Object.keys(raw)) {
    if (!fields.includes(field)) fail('TAXONOMY_UNKNOWN_FIELD', `unknown field \`${field}\` in ${where}; expected one of ${fields.join(', ')}`);
  }
  return raw as Record<string, unknown>;
}

function requiredString(value: unknown, where: string, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '') return fail('TAXONOMY_INVALID_FIELD', `expected \`${where}\` to be a non-empty string, got ${describe(value)}`);
  return value;
}

function optionalString(value: unknown, where: string, fail: Fail): string | undefined {
  if (value === undefined) return undefined;
  return requiredString(value, where, fail);
}

function checkUnique(values: string[], field: string, code: 'TAXONOMY_DUPLICATE_KEY' | 'TAXONOMY_DUPLICATE_LABEL', fail: Fail): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) fail(code, `two categories have the ${field} "${value}"; each ${field} must be unique`);
    seen.add(value);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 80);
}
