import { figures, noticeFindings, type CategoryLabel, type NoticeFindings } from '../aggregate';
import { noticeKeywordCounts, type NoticeKeywordCounts } from '../aggregate/keywords';
import { countProblemTerms } from '../aggregate/problem-term-counts';
import type { Cell, ProcessedNotice } from '../types';
import { csvRows } from '../write/csv';
import { evidenceTable, measuresTable, NOTICE_COLUMNS, noticesTable, PROBLEM_COLUMNS, problemsTable } from '../write/notice-tables';
import { problemTermsJson, termWeight } from '../write/problem-keywords';
import type { RunInput } from '../write/run-manifest';
import { columnLetters, ROW_NUMBER_MARK, rowXml } from '../write/sheet-xml';
import { columnWidths } from '../write/workbook';
import { packTexts } from './packed-texts';
import type { NumberedTerms } from './worker-terms';

/** The tables with rows of one notice only, written as each notice completes. */
export const NOTICE_TABLES = ['notices', 'measures', 'evidence', 'figures'] as const;
export type NoticeTableName = (typeof NOTICE_TABLES)[number];

// Column letters of the widest table (notices.csv), for cell references.
const LETTERS = Array.from({ length: 64 }, (_, index) => columnLetters(index));

/** The per-notice tables that are also worksheets of `notices.xlsx` (`evidence` is not). */
export const SHEET_TABLES = ['notices', 'measures', 'figures'] as const;
export type SheetTableName = (typeof SHEET_TABLES)[number];

/**
 * What one notice contributes to a run, as plain data: what a worker posts back and what the
 * cache keeps. Rows come ready to append; the rest is what the corpus-wide tables need.
 */
export interface NoticeOutcome {
  input: RunInput;
  problems: number;
  measures: number;
  /** Its rows and records as UTF-8 bytes, views on one buffer (`packTexts`), by what they are for: */
  texts: Record<NoticeText, Uint8Array>;
  /** The widest value of each column of the worksheet tables and of `problems` (but its `keywords`), for the workbook. */
  widths: Record<SheetTableName | 'problems', number[]>;
  /**
   * Its problems' content terms, from which their keywords are chosen once the run's document
   * frequencies are known: the notice's distinct terms, how many of its problems use each,
   * and per problem `[CSV record length in bytes, term count, (index in terms, weight) …]`.
   */
  problemTerms: { terms: string[]; problems: number[]; entries: Int32Array };
  /** Its agency, place and leaf problems' findings, for the category and recurring tables. */
  findings: NoticeFindings;
  keywordCounts: NoticeKeywordCounts;
  /** Set, and the term texts above left empty, once a worker has numbered the terms in its vocabulary. */
  numberedTerms?: NumberedTerms;
}

/**
 * The texts of an outcome: each per-notice table's CSV records (no header); each worksheet
 * table's rows as SpreadsheetML, one a line, row numbers marked (`numberRows` puts them in);
 * the problems' worksheet rows (marked, without the `keywords` cell, which comes last), their
 * `problems.csv` records up to the `keywords` cell (no line end), and their `problems.jsonl` lines.
 */
export type NoticeText = `${NoticeTableName}.csv` | `${SheetTableName}.xml` | 'problems.xml' | 'problems.csv' | 'problems.jsonl';

/** What a worker transfers rather than copies when it posts an outcome: its texts' buffer and its typed arrays'. */
export function transferableOf(outcome: NoticeOutcome | null): ArrayBuffer[] {
  if (!outcome) return [];
  const buffers = [outcome.texts['problems.csv'].buffer, outcome.problemTerms.entries.buffer];
  if (outcome.numberedTerms) buffers.push(outcome.numberedTerms.ids.buffer);
  return buffers as ArrayBuffer[];
}

/** A row's CSV record without its last cell and line end: `a,b,` for `[a, b, c]`. */
function csvRecordBeforeLastCell(row: readonly Cell[]): string {
  const record = csvRows([[...row.slice(0, -1), '']]);
  return record.slice(0, -'\r\n'.length);
}

/** A processed notice → its outcome for the run. */
export function noticeOutcome(notice: ProcessedNotice, categories: readonly CategoryLabel[]): NoticeOutcome {
  const labels = [...categories];
  const tables: Record<NoticeTableName, Cell[][]> = {
    notices: noticesTable([notice]).rows,
    measures: measuresTable([notice]).rows,
    evidence: evidenceTable([notice], labels).rows,
    figures: figures([notice]).rows,
  };
  const texts = {} as Record<NoticeText, string>;
  for (const name of NOTICE_TABLES) texts[`${name}.csv`] = csvRows(tables[name]);
  for (const name of SHEET_TABLES) texts[`${name}.xml`] = tables[name].map((row) => `${rowXml(row, ROW_NUMBER_MARK, LETTERS)}\n`).join('');

  const termIndex = new Map<string, number>();
  const termProblems: number[] = [];
  const entries: number[] = [];
  let problemCsv = '';
  const problemRows = problemsTable([notice], labels, () => []).rows;
  // Each problem's terms are counted once, for its keywords here and the keyword table below.
  const counted = notice.segmentation.problems.map((_, index) => countProblemTerms(notice.tokens[index] ?? { titleTokens: [], bodyTokens: [] }));
  texts['problems.jsonl'] = problemRows
    .map((row, index) => {
      const counts = counted[index];
      const record = csvRecordBeforeLastCell(row);
      problemCsv += record;
      entries.push(Buffer.byteLength(record, 'utf8'), counts.terms.length);
      counts.terms.forEach((term, slot) => {
        let position = termIndex.get(term);
        if (position === undefined) {
          termIndex.set(term, (position = termProblems.length));
          termProblems.push(0);
        }
        termProblems[position] += 1;
        entries.push(position, termWeight(counts, slot));
      });
      const line: Record<string, unknown> = {};
      PROBLEM_COLUMNS.forEach((column, position) => {
        if (column !== 'keywords') line[column] = row[position];
      });
      // The terms go last, written as JSON directly (see `problemTermsJson`).
      return `${JSON.stringify(line).slice(0, -1)},"terms":${problemTermsJson(counts)}}\n`;
    })
    .join('');

  texts['problems.csv'] = problemCsv;
  // The keywords cell, empty here, is left out of the row and added at the end of it once known.
  texts['problems.xml'] = problemRows.map((row) => `${rowXml(row, ROW_NUMBER_MARK, LETTERS)}\n`).join('');

  // Numbered after the problems' terms, in the same table: a keyword term not among them (a
  // caller's own stop words) is added at the end, used by no problem.
  const keywordCounts = noticeKeywordCounts(notice, undefined, termIndex, counted);
  while (termProblems.length < keywordCounts.terms.length) termProblems.push(0);

  const { source } = notice;
  return {
    input: { file: source.file, noticeId: source.noticeId, format: source.format, encoding: source.encoding, bytes: source.bytes, sha256: source.sha256 },
    problems: notice.segmentation.problems.length,
    measures: notice.segmentation.problems.reduce((count, problem) => count + problem.measures.length, 0),
    texts: packTexts(texts),
    widths: {
      notices: columnWidths(tables.notices, NOTICE_COLUMNS.length),
      measures: columnWidths(tables.measures, tables.measures[0]?.length ?? 0),
      figures: columnWidths(tables.figures, tables.figures[0]?.length ?? 0),
      problems: columnWidths(problemRows, PROBLEM_COLUMNS.length),
    },
    // One list of the notice's terms for both (structured clone keeps an array referenced twice
    // as one), numbered once by the main thread; entries as a typed array, copied as one block.
    problemTerms: { terms: keywordCounts.terms, problems: termProblems, entries: Int32Array.from(entries) },
    findings: noticeFindings(notice),
    keywordCounts,
  };
}
