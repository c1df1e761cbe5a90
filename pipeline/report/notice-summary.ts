import type { Cell, Table } from '../types';
import { MAXIMUM_AUDIT_ROWS } from './count-audit';
import { CountAuditBuilder, type CountAudit } from './count-audit-rows';
import { detached } from './detached';
import { LEVEL_ORDER } from './format';
import { LevelNoticesBuilder, type LevelChartNotices } from './level-notices';
import type { ProblemDigest } from './problem-digest';
import { numberOf, textOf } from './table-records';

/** The date columns the period is read from, the first that any notice fills standing. */
export const DATE_COLUMNS = ['published_date', 'feedback_date'] as const;

/** The columns the summary reads besides those of the count audit. */
const READ_COLUMNS = ['notice_id', 'agency', 'level', 'extracted_problems', 'extracted_measures', 'declared_measures', ...DATE_COLUMNS] as const;

/** The well-formed dates of one column: the earliest, the latest and how many notices give one. */
export interface DateSpan {
  earliest: string;
  latest: string;
  dated: number;
}

/**
 * What the report shows of the notice table, a few numbers a notice rather than a record: the
 * overview's counts and sums, each level's notices for the level chart, the notices the count
 * audit can list, and the levels the problem table shows. A national corpus has 10^5 notices:
 * each costs two numbers of the level chart (some 16 bytes), and a notice without a recognised
 * agency its id as well, the name it is drawn with; the rest is bounded by the agencies and the caps.
 */
export interface NoticeSummary {
  /** Every notice of the table. */
  notices: number;
  /** Each level's notices with their problem counts and names; their numbers are the overview's breakdown. */
  levels: LevelChartNotices;
  /** Distinct agencies by name, a notice without a recognised agency standing for its own. */
  agencies: number;
  /** Sums over all notices, a cell without a number counting as none. */
  extractedProblems: number;
  extractedMeasures: number;
  declaredMeasures: number;
  /** The span of each date column that some notice fills. */
  dateSpans: ReadonlyMap<(typeof DATE_COLUMNS)[number], DateSpan>;
  /** The notices the count audit can list, and its tally. */
  audit: CountAudit;
  /** The level of each wanted notice by `notice_id`; a later row with the same id wins. */
  levelByNotice: ReadonlyMap<string, string>;
}

/** What a summary needs from elsewhere, and how much of the notice table it keeps. */
export interface NoticeWants {
  /** Leaf problems by notice from the problem table; without it each notice's own count of top-level problems stands in. */
  leavesByNotice: ReadonlyMap<string, number> | null;
  /** The notices whose level the problem table shows. */
  levelNoticeIds: ReadonlySet<string>;
  /** The most notices the audit keeps of each verdict. */
  auditRows: number;
}

/** What the page wants of the notices, given the digest of the problem table (or none). */
export function noticeWants(problems: ProblemDigest | null, auditRows = MAXIMUM_AUDIT_ROWS): NoticeWants {
  return {
    leavesByNotice: problems?.leavesByNotice ?? null,
    levelNoticeIds: new Set(problems?.firstProblems.map((record) => textOf(record.notice_id))),
    auditRows,
  };
}

/** Builds a `NoticeSummary` from the rows of a notice table met one at a time, in table order. */
export class NoticeSummaryBuilder {
  private notices = 0;
  private extractedProblems = 0;
  private extractedMeasures = 0;
  private declaredMeasures = 0;
  private readonly levels = new LevelNoticesBuilder();
  private readonly agencies = new Set<string>();
  /** The ids of the notices without a recognised agency, each counting as an agency of its own. */
  private readonly unnamedNotices = new Set<string>();
  private readonly dateSpans = new Map<(typeof DATE_COLUMNS)[number], DateSpan>();
  private readonly audit: CountAuditBuilder;
  private readonly levelByNotice = new Map<string, string>();
  private readonly places: ReadonlyMap<string, number>;

  constructor(columns: readonly string[], private readonly wants: NoticeWants) {
    // The last column of a name, as a record keyed by column name keeps it.
    this.places = new Map(READ_COLUMNS.map((column) => [column, columns.lastIndexOf(column)]));
    this.audit = new CountAuditBuilder(columns, wants.auditRows);
  }

  /** Counts one notice row and keeps of it what the page shows. */
  add(row: readonly Cell[]): void {
    const cell = (column: (typeof READ_COLUMNS)[number]): Cell => {
      const place = this.places.get(column) ?? -1;
      return place === -1 ? null : (row[place] ?? null);
    };
    this.notices += 1;
    const notice = textOf(cell('notice_id'));
    const agency = textOf(cell('agency'));
    const levelText = textOf(cell('level'));
    const level = LEVEL_ORDER.includes(levelText) ? levelText : '';
    const leaves = this.wants.leavesByNotice;
    const problems = leaves ? (leaves.get(notice) ?? 0) : (numberOf(cell('extracted_problems')) ?? 0);
    this.levels.add(level, agency || notice, problems);
    if (agency) addDetached(this.agencies, agency);
    else addDetached(this.unnamedNotices, notice);
    this.extractedProblems += numberOf(cell('extracted_problems')) ?? 0;
    this.extractedMeasures += numberOf(cell('extracted_measures')) ?? 0;
    this.declaredMeasures += numberOf(cell('declared_measures')) ?? 0;
    for (const column of DATE_COLUMNS) this.addDate(column, textOf(cell(column)));
    this.audit.add(row);
    if (this.wants.levelNoticeIds.has(notice)) this.levelByNotice.set(detached(notice), detached(levelText));
  }

  /** The summary of the rows added so far. */
  summary(): NoticeSummary {
    let agencies = this.agencies.size;
    // The overview once keyed a notice without an agency as `#` and its id: an agency of that name is the same one.
    for (const notice of this.unnamedNotices) if (!this.agencies.has(`#${notice}`)) agencies += 1;
    return {
      notices: this.notices,
      levels: this.levels.notices(),
      agencies,
      extractedProblems: this.extractedProblems,
      extractedMeasures: this.extractedMeasures,
      declaredMeasures: this.declaredMeasures,
      dateSpans: this.dateSpans,
      audit: this.audit.audit(),
      levelByNotice: this.levelByNotice,
    };
  }

  private addDate(column: (typeof DATE_COLUMNS)[number], date: string): void {
    if (!DATE_FORM.test(date)) return;
    const span = this.dateSpans.get(column);
    if (!span) this.dateSpans.set(column, { earliest: date, latest: date, dated: 1 });
    else {
      if (date < span.earliest) span.earliest = date;
      if (date > span.latest) span.latest = date;
      span.dated += 1;
    }
  }
}

/** The summary of a notice table held in memory. */
export function summarizeNotices(table: Table, wants: NoticeWants): NoticeSummary {
  const builder = new NoticeSummaryBuilder(table.columns, wants);
  for (const row of table.rows) builder.add(row);
  return builder.summary();
}

const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;

function addDetached(set: Set<string>, text: string): void {
  if (!set.has(text)) set.add(detached(text));
}
