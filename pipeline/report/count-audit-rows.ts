import type { Cell } from '../types';
import { detached } from './detached';
import { numberOf, textOf, type TableRecord } from './table-records';

/** The counts a notice may state about itself that the parse also finds, with their Chinese names. */
export const AUDITED_COUNTS = [
  { name: 'areas', label: '方面' },
  { name: 'problems', label: '问题' },
  { name: 'sub_problems', label: '子问题' },
  { name: 'measures', label: '措施' },
];

/** The columns of `notices.csv` the audit reads. */
export const COUNT_AUDIT_COLUMNS = ['count_check', ...AUDITED_COUNTS.flatMap(({ name }) => [`declared_${name}`, `extracted_${name}`])];

/** The columns a listed notice's row shows: who, which notice, and the counts. */
const AUDIT_ROW_COLUMNS = ['notice_id', 'file', 'title', 'agency', ...COUNT_AUDIT_COLUMNS];

/** How a notice's declared counts compare with what was extracted. */
export type Verdict = 'mismatch' | 'ok' | 'undeclared';

/** Mismatches first: they are what a reader must check by hand. */
export const VERDICT_ORDER: readonly Verdict[] = ['mismatch', 'ok', 'undeclared'];

/**
 * What the count audit lists, small whatever the corpus: the first notices of each verdict in
 * table order, as many as can be shown, and how many notices each verdict has in all.
 */
export interface CountAudit {
  /** The most notices kept of each verdict. */
  maximumRows: number;
  /** The first notices of each verdict, in table order, of the columns their row shows. */
  rows: Readonly<Record<Verdict, readonly TableRecord[]>>;
  /** Every notice of the table, by verdict. */
  tally: Readonly<Record<Verdict, number>>;
}

/** Builds a `CountAudit` from the rows of a notice table met one at a time, in table order. */
export class CountAuditBuilder {
  private readonly rows: Record<Verdict, TableRecord[]> = { mismatch: [], ok: [], undeclared: [] };
  private readonly tally: Record<Verdict, number> = { mismatch: 0, ok: 0, undeclared: 0 };
  /** Where each column a row shows sits; the last column of a name, as a record keyed by column name keeps it. */
  private readonly places: readonly number[];

  constructor(columns: readonly string[], private readonly maximumRows: number) {
    this.places = AUDIT_ROW_COLUMNS.map((column) => columns.lastIndexOf(column));
  }

  /** Tallies one notice row and keeps it when its verdict has room. */
  add(row: readonly Cell[]): void {
    const record: TableRecord = {};
    AUDIT_ROW_COLUMNS.forEach((column, index) => {
      const place = this.places[index];
      if (place !== -1) record[column] = row[place] ?? null;
    });
    const verdict = verdictOf(record);
    this.tally[verdict] += 1;
    const kept = this.rows[verdict];
    if (kept.length < this.maximumRows) kept.push(detachedRecord(record));
  }

  /** The audit of the rows added so far. */
  audit(): CountAudit {
    return { maximumRows: this.maximumRows, rows: this.rows, tally: this.tally };
  }
}

/** The notice table's own verdict (`ok`, `undeclared`, `mismatch: …`); recomputed when the column is missing. */
export function verdictOf(record: TableRecord): Verdict {
  const check = textOf(record.count_check);
  if (check.startsWith('mismatch')) return 'mismatch';
  if (check === 'ok') return 'ok';
  if (check === 'undeclared') return 'undeclared';
  const stated = AUDITED_COUNTS.filter((count) => numberOf(record[`declared_${count.name}`]) !== null);
  if (stated.length === 0) return 'undeclared';
  return stated.every((count) => numberOf(record[`declared_${count.name}`]) === numberOf(record[`extracted_${count.name}`])) ? 'ok' : 'mismatch';
}

/** A kept record whose text cells no longer hold on to the chunk they were cut from. */
function detachedRecord(record: TableRecord): TableRecord {
  const copy: TableRecord = {};
  for (const [column, cell] of Object.entries(record)) copy[column] = typeof cell === 'string' ? detached(cell) : cell;
  return copy;
}
