import path from 'node:path';
import { figures, type CategoryLabel } from '../aggregate';
import type { Cell, Diagnostic, Table } from '../types';
import { csvHeader, csvRows } from '../write/csv';
import { errorsTable, evidenceTable, measuresTable, noticesTable, PROBLEM_COLUMNS } from '../write/notice-tables';
import { openPartFile, type PartFile } from '../write/part-file';
import { createTermFrequency, type ProblemTerms } from '../write/problem-keywords';
import { columnWidths, displayWidth, writeWorkbookSheets, type WorkbookSheet } from '../write/workbook';
import { createCorpusTables } from './corpus-tables';
import { readJsonLines } from './json-lines';
import { NOTICE_TABLES, SHEET_TABLES, type NoticeOutcome, type NoticeTableName, type SheetTableName } from './notice-outcome';

// problems.csv is written from problems.jsonl in batches of this many rows.
const ROWS_PER_WRITE = 500;

// The tables' own functions name their columns: asked with no notices, they give just that.
const NOTICE_TABLE_COLUMNS: Record<NoticeTableName, readonly string[]> = {
  notices: noticesTable([]).columns,
  measures: measuresTable([]).columns,
  evidence: evidenceTable([], []).columns,
  figures: figures([]).columns,
};

/** The output files of a run, written as notices come and completed at the end. */
export interface RunOutputs {
  /** Appends a notice's rows and adds it to the corpus tables. Notices must come in the run's order. */
  add(outcome: NoticeOutcome): Promise<void>;
  /** Writes the rest (`problems.csv`, the corpus tables, `errors.csv`, the workbook), renames every file into place and returns their paths. */
  finish(diagnostics: readonly Diagnostic[]): Promise<{ outputs: string[]; truncatedSheets: string[] }>;
  /** Removes the part files after a failure; files of an earlier run stay as they were. */
  discard(): Promise<void>;
}

export interface RunOutputOptions {
  categories: readonly CategoryLabel[];
  recurringThreshold: number;
  workbook: boolean;
}

/**
 * Opens the part files of a run in `folder`. Per-notice rows go straight to disk: the CSV
 * tables, `problems.jsonl` (problems with their terms, read again at the end for the
 * `keywords` column) and, for the workbook, the rows as JSON. Only the corpus tables' counts,
 * the notices' summaries and the column widths stay in memory.
 */
export async function openRunOutputs(folder: string, options: RunOutputOptions): Promise<RunOutputs> {
  const partFiles: PartFile[] = [];
  const open = async (name: string) => {
    const file = await openPartFile(path.join(folder, name));
    partFiles.push(file);
    return file;
  };
  const tables = {} as Record<NoticeTableName, PartFile>;
  for (const name of NOTICE_TABLES) {
    tables[name] = await open(`${name}.csv`);
    await tables[name].append(csvHeader(NOTICE_TABLE_COLUMNS[name]));
  }
  const problemLines = await open('problems.jsonl');
  // Rows for the workbook, as JSON: read back when the workbook is written, then removed.
  const sheetRows = {} as Record<SheetTableName, PartFile>;
  if (options.workbook) for (const name of SHEET_TABLES) sheetRows[name] = await open(`${name}.sheet-rows.jsonl`);
  const widths: Record<SheetTableName | 'problems', number[]> = { notices: [], measures: [], figures: [], problems: [] };
  const termFrequency = createTermFrequency();
  const corpus = createCorpusTables(options.categories, { recurringThreshold: options.recurringThreshold });

  const add = async (outcome: NoticeOutcome) => {
    for (const name of NOTICE_TABLES) if (outcome.csv[name] !== '') await tables[name].append(outcome.csv[name]);
    await problemLines.append(outcome.problemLines);
    if (options.workbook) {
      for (const name of SHEET_TABLES) if (outcome.sheetRows[name] !== '') await sheetRows[name].append(outcome.sheetRows[name]);
      for (const name of [...SHEET_TABLES, 'problems'] as const) mergeWidths(widths[name], outcome.widths[name]);
    }
    const { problems, terms, counts } = outcome.problemTerms;
    termFrequency.addCounts(problems, terms, counts);
    corpus.add(outcome);
  };

  const finish = async (diagnostics: readonly Diagnostic[]) => {
    const outputs: string[] = [];
    const written = new Map<string, string>();
    for (const name of NOTICE_TABLES) written.set(name, await tables[name].commit());
    written.set('problems.jsonl', await problemLines.commit());

    // problems.csv: problems.jsonl once more, now that every problem's terms are counted.
    const problemsCsv = await open('problems.csv');
    const problemSheetRows = options.workbook ? await open('problems.sheet-rows.jsonl') : null;
    await problemsCsv.append(csvHeader(PROBLEM_COLUMNS));
    const keywordsColumn = PROBLEM_COLUMNS.indexOf('keywords');
    let batch: Cell[][] = [];
    const writeBatch = async () => {
      await problemsCsv.append(csvRows(batch));
      if (problemSheetRows) await problemSheetRows.append(batch.map((row) => `${JSON.stringify(row)}\n`).join(''));
      batch = [];
    };
    for await (const line of readJsonLines<Record<string, Cell> & { terms: ProblemTerms }>(written.get('problems.jsonl')!)) {
      const keywords = termFrequency.keywordsOf(line.terms).join(';');
      batch.push(PROBLEM_COLUMNS.map((column) => (column === 'keywords' ? keywords : line[column])));
      if (problemSheetRows) widths.problems[keywordsColumn] = Math.max(widths.problems[keywordsColumn] ?? 0, displayWidth(keywords));
      if (batch.length === ROWS_PER_WRITE) await writeBatch();
    }
    await writeBatch();
    written.set('problems', await problemsCsv.commit());

    const corpusTables = corpus.tables();
    const errors = errorsTable([...diagnostics]);
    for (const table of [...corpusTables, errors]) {
      const file = await open(`${table.name}.csv`);
      await file.append(csvHeader(table.columns) + csvRows(table.rows));
      written.set(table.name, await file.commit());
    }
    const [categoryByAgency, categoryStats, recurring, keywords] = corpusTables;
    // The order of the files as the run lists them (and of the workbook's sheets).
    for (const name of ['notices', 'problems', 'measures', 'evidence', 'category_by_agency', 'category_stats', 'recurring_problems', 'keywords', 'figures', 'errors']) {
      outputs.push(written.get(name)!);
    }
    outputs.push(written.get('problems.jsonl')!);

    let truncatedSheets: string[] = [];
    if (options.workbook) {
      const spilled = async (name: SheetTableName | 'problems', file: PartFile): Promise<WorkbookSheet> => {
        const spill = await file.close();
        return { name, columns: name === 'problems' ? PROBLEM_COLUMNS : NOTICE_TABLE_COLUMNS[name], widths: widths[name], rows: readJsonLines<Cell[]>(spill) };
      };
      const inMemory = (table: Table): WorkbookSheet => ({ ...table, widths: columnWidths(table.rows, table.columns.length) });
      const workbook = path.join(folder, 'notices.xlsx');
      truncatedSheets = await writeWorkbookSheets(
        [
          await spilled('notices', sheetRows.notices),
          await spilled('problems', problemSheetRows!),
          await spilled('measures', sheetRows.measures),
          inMemory(categoryByAgency),
          inMemory(categoryStats),
          inMemory(recurring),
          inMemory(keywords),
          await spilled('figures', sheetRows.figures),
          inMemory(errors),
        ],
        workbook,
      );
      await Promise.all([...Object.values(sheetRows), problemSheetRows!].map((file) => file.discard()));
      outputs.push(workbook);
    }
    return { outputs, truncatedSheets };
  };

  return {
    add,
    finish,
    async discard() {
      await Promise.all(partFiles.map((file) => file.discard()));
    },
  };
}

function mergeWidths(into: number[], widths: readonly number[]): void {
  widths.forEach((width, index) => {
    if (!(width <= (into[index] ?? 0))) into[index] = width;
  });
}
