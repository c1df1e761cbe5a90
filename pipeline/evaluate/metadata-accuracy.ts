import type { FieldAccuracy } from './evaluation-types';
import type { GoldNotice } from './gold-file';
import type { OutputRow } from './read-output-table';

type GoldValue = string | number | null | undefined;

const DECLARED_FIELDS = [
  'areas', 'problems', 'sub_problems', 'tasks', 'measures', 'measures_completed',
  'measures_basically_completed', 'rules_made', 'money_returned_yuan', 'people_disciplined',
];

/** The `notices.csv` columns compared, each with where its value is in a gold notice. */
const METADATA_FIELDS: { column: string; gold: (notice: GoldNotice) => GoldValue }[] = [
  { column: 'title', gold: (notice) => notice.title },
  { column: 'agency', gold: (notice) => notice.agency },
  { column: 'publisher', gold: (notice) => notice.publisher },
  { column: 'province', gold: (notice) => notice.region?.province },
  { column: 'city', gold: (notice) => notice.region?.city },
  { column: 'district', gold: (notice) => notice.region?.district },
  { column: 'level', gold: (notice) => notice.level },
  { column: 'inspection_kind', gold: (notice) => notice.inspection_kind },
  { column: 'inspection_body', gold: (notice) => notice.inspection_body },
  { column: 'inspection_round', gold: (notice) => notice.inspection_round },
  { column: 'inspection_start', gold: (notice) => notice.inspection_start },
  { column: 'inspection_end', gold: (notice) => notice.inspection_end },
  { column: 'feedback_date', gold: (notice) => notice.feedback_date },
  { column: 'published_date', gold: (notice) => notice.published_date },
  ...DECLARED_FIELDS.map((field) => ({ column: `declared_${field}`, gold: (notice: GoldNotice) => notice.declared?.[field] })),
];

/** Per metadata field, how many gold notices have that value in `notices.csv`; a notice without a row counts as wrong. */
export function metadataAccuracy(gold: GoldNotice[], rowOf: (notice: GoldNotice) => OutputRow | undefined): FieldAccuracy[] {
  return METADATA_FIELDS.map(({ column, gold: goldValue }) => {
    const correct = gold.filter((notice) => {
      const row = rowOf(notice);
      return row !== undefined && sameValue(goldValue(notice), row[column]);
    }).length;
    const total = gold.length;
    return { field: column, correct, total, accuracy: total === 0 ? null : correct / total };
  });
}

// A CSV cell is text: an empty cell is null, and numbers are compared as numbers (56 = "56" = "56.0").
function sameValue(goldValue: GoldValue, cell: string | undefined): boolean {
  const output = cell === undefined || cell.trim() === '' ? null : cell.trim();
  if (goldValue === null || goldValue === undefined) return output === null;
  if (output === null) return false;
  if (typeof goldValue === 'number') return Number(output) === goldValue;
  return output === goldValue.trim();
}
