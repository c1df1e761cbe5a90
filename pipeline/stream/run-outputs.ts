import path from 'node:path';
import { figures, type CategoryLabel } from '../aggregate';
import type { Diagnostic, Table } from '../types';
import { csvField, csvHeader, csvRows } from '../write/csv';
import { errorsTable, evidenceTable, measuresTable, noticesTable, PROBLEM_COLUMNS } from '../write/notice-tables';
import { openDeflatedPart, type DeflatedPartWriter } from '../write/deflated-part';
import { openPartFile, type PartFile } from '../write/part-file';
import { keywordChooser } from '../write/problem-keywords';
import { columnLetters, inlineText, numberRows, ROW_NUMBER_MARK } from '../write/sheet-xml';
import { columnWidths, displayWidth, MAXIMUM_SHEET_ROWS } from '../write/workbook';
import { writeWorkbookInThread, type SheetSource, type WorkbookJob } from '../write/workbook-thread';
import { interned, type Interned } from '../aggregate/growable';
import { agencyTermSpill } from './agency-term-spill';
import { createCorpusTables, type CorpusTables } from './corpus-tables';
import { NOTICE_TABLES, SHEET_TABLES, type NoticeOutcome, type NoticeTableName, type SheetTableName } from './notice-outcome';
import { encodeProblemBlock, readProblemBlocks } from './problem-spill';
import { createTermResolver, type TermResolver, type WorkerVocabularies } from './worker-terms';

// The tables' own functions name their columns: asked with no notices, they give just that.
const NOTICE_TABLE_COLUMNS: Record<NoticeTableName, readonly string[]> = {
  notices: noticesTable([]).columns,
  measures: measuresTable([]).columns,
  evidence: evidenceTable([], []).columns,
  figures: figures([]).columns,
};

const KEYWORDS_COLUMN = PROBLEM_COLUMNS.indexOf('keywords');
const LINE_FEED = 0x0a;
const ROW_END = '</row>';
if (KEYWORDS_COLUMN !== PROBLEM_COLUMNS.length - 1) throw new Error('the keywords cell is added at the end of a problems row: keywords must be the last column');

/** The output files of a run, written as notices come and completed at the end. */
export interface RunOutputs {
  /** Appends a notice's rows and adds it to the corpus tables. Notices must come in the run's order. */
  add(outcome: NoticeOutcome): Promise<void>;
  /**
   * Writes the rest (`problems.csv`, the corpus tables, `errors.csv`), renames every file into
   * place and returns their paths; the workbook is then being written in a thread of its own:
   * `workbook` resolves with its path and the sheets cut at Excel's row limit once it is. `timings` gets the workbook's time when it is done.
   */
  finish(diagnostics: readonly Diagnostic[]): Promise<{ outputs: string[]; workbook: Promise<{ file: string; truncatedSheets: string[] }> | null; timings: Record<string, number> }>;
  /** Removes the part files after a failure; files of an earlier run stay as they were. */
  discard(): Promise<void>;
}

export interface RunOutputOptions {
  categories: readonly CategoryLabel[];
  recurringThreshold: number;
  workbook: boolean;
  /** Where the texts of terms that workers numbered are received (see `FileProcessor.vocabularies`). */
  vocabularies?: WorkerVocabularies | null;
}

/** A worksheet's rows as numbered XML in a part file, counted against Excel's limit. */
interface SheetSpill {
  /** The rows, compressed as they come. */
  file: DeflatedPartWriter;
  rows: number;
  complete: boolean;
}

/**
 * Opens the part files of a run in `folder`. Per-notice rows go straight to disk: the CSV
 * tables, `problems.jsonl`, for the workbook the rows as compressed SpreadsheetML, and the
 * problems' records with their term ids, completed at the end with the `keywords` column.
 * Only the corpus tables' counts and index, the term counts and the column widths stay in memory.
 */
export async function openRunOutputs(folder: string, options: RunOutputOptions): Promise<RunOutputs> {
  const partFiles: PartFile[] = [];
  const deflatedParts: DeflatedPartWriter[] = [];
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
  // Worksheet rows, compressed as they come; the workbook copies them, and they are then removed.
  const sheets = {} as Record<SheetTableName | 'problems', SheetSpill>;
  if (options.workbook) {
    for (const name of [...SHEET_TABLES, 'problems'] as const) {
      const file = await openDeflatedPart(path.join(folder, `${name}.sheet.${process.pid}.deflate`));
      deflatedParts.push(file);
      sheets[name] = { file, rows: 0, complete: true };
    }
  }
  // The problems waiting for their keywords, read back once every problem's terms are counted.
  const problemSpill = await open('problems.spill');
  // Each agency's term counts for the keyword table: on disk, since on a national corpus nearly
  // every notice has an agency of its own and the pairs (agency, term) grow with the notices.
  const agencyTerms = agencyTermSpill(folder, `keywords.agencies.${process.pid}`);
  const widths: Record<SheetTableName | 'problems', number[]> = { notices: [], measures: [], figures: [], problems: [] };
  let problemCount = 0;
  // The run's terms (numbered once for the keywords column and the keyword table alike), each
  // term's document frequency (problems that use it), and the corpus tables' counts: what the
  // run holds in memory, let go once its tables are written, before the report is drawn.
  let held: { terms: Interned; termResolver: TermResolver; documentFrequency: number[]; corpus: CorpusTables } | null = (() => {
    const terms = interned();
    return {
      terms,
      termResolver: createTermResolver(terms, options.vocabularies ?? null),
      documentFrequency: [],
      corpus: createCorpusTables(options.categories, { recurringThreshold: options.recurringThreshold, terms, agencyTerms }),
    };
  })();
  const holding = () => {
    if (!held) throw new Error('the run outputs are finished: no notice can be added');
    return held;
  };

  const appendRows = async (sheet: SheetSpill, markedXml: Uint8Array) => {
    if (markedXml.length === 0 || !sheet.complete) return;
    let { xml, next } = numberRows(markedXml, sheet.rows + 2);
    if (next - 2 > MAXIMUM_SHEET_ROWS) {
      // Keep the rows that fit (one a line); the CSV file has them all.
      let end = 0;
      for (let row = sheet.rows; row < MAXIMUM_SHEET_ROWS; row++) end = xml.indexOf(LINE_FEED, end) + 1;
      xml = xml.subarray(0, end);
      next = MAXIMUM_SHEET_ROWS + 2;
      sheet.complete = false;
    }
    sheet.rows = next - 2;
    await sheet.file.append(xml);
  };

  const add = async (outcome: NoticeOutcome) => {
    const { texts } = outcome;
    for (const name of NOTICE_TABLES) if (texts[`${name}.csv`].length > 0) await tables[name].append(texts[`${name}.csv`]);
    await problemLines.append(texts['problems.jsonl']);
    if (options.workbook) {
      for (const name of SHEET_TABLES) await appendRows(sheets[name], texts[`${name}.xml`]);
      for (const name of [...SHEET_TABLES, 'problems'] as const) mergeWidths(widths[name], outcome.widths[name]);
    }
    // The notice's terms get the run's ids, and its problems' entries point at those ids.
    const { documentFrequency, corpus, termResolver } = holding();
    const { problems, entries } = outcome.problemTerms;
    const ids = termResolver.ids(outcome);
    ids.forEach((id, position) => {
      documentFrequency[id] = (documentFrequency[id] ?? 0) + problems[position];
    });
    // The outcome is the run's own (posted, or read from the cache): its entries take the ids in place.
    const spilled = entries;
    for (let at = 0; at < spilled.length; at += 2 + 2 * spilled[at + 1]) {
      problemCount += 1;
      for (let term = at + 2; term < at + 2 + 2 * spilled[at + 1]; term += 2) spilled[term] = ids[spilled[term]];
    }
    await problemSpill.append(encodeProblemBlock({ csv: texts['problems.csv'], xml: options.workbook ? texts['problems.xml'] : new Uint8Array(0), terms: spilled }));
    corpus.add(outcome, ids);
  };

  const finish = async (diagnostics: readonly Diagnostic[]) => {
    const timings: Record<string, number> = {};
    let lap = performance.now();
    const time = (stage: string) => {
      const now = performance.now();
      timings[stage] = now - lap;
      lap = now;
    };
    const written = new Map<string, string>();
    for (const name of NOTICE_TABLES) written.set(name, await tables[name].commit());
    written.set('problems.jsonl', await problemLines.commit());

    written.set('problems', await writeProblems());
    time('problems.csv');

    const corpusTables = holding().corpus.tables(timings);
    lap = performance.now();
    const errors = errorsTable([...diagnostics]);
    for (const table of [...corpusTables, errors]) {
      const file = await open(`${table.name}.csv`);
      await file.append(csvHeader(table.columns) + csvRows(table.rows));
      written.set(table.name, await file.commit());
    }
    // The order of the files as the run lists them (and of the workbook's sheets).
    const outputs = ['notices', 'problems', 'measures', 'evidence', 'category_by_agency', 'category_stats', 'recurring_problems', 'keywords', 'figures', 'errors'].map(
      (name) => written.get(name)!,
    );
    outputs.push(written.get('problems.jsonl')!);

    let workbook: Promise<{ file: string; truncatedSheets: string[] }> | null = null;
    if (options.workbook) {
      const [categoryByAgency, categoryStats, recurring, keywords] = corpusTables;
      const rendered = async (name: SheetTableName | 'problems'): Promise<SheetSource> => ({
        name,
        columns: name === 'problems' ? PROBLEM_COLUMNS : NOTICE_TABLE_COLUMNS[name],
        widths: widths[name],
        deflated: await sheets[name].file.finish(),
        count: sheets[name].rows,
        complete: sheets[name].complete,
      });
      const inMemory = (table: Table): SheetSource => ({ name: table.name, columns: table.columns, rows: table.rows, widths: columnWidths(table.rows, table.columns.length) });
      const file = path.join(folder, 'notices.xlsx');
      const job: WorkbookJob = {
        file,
        sheets: [
          await rendered('notices'),
          await rendered('problems'),
          await rendered('measures'),
          inMemory(categoryByAgency),
          inMemory(categoryStats),
          inMemory(recurring),
          inMemory(keywords),
          await rendered('figures'),
          inMemory(errors),
        ],
      };
      const started = performance.now();
      const written = writeWorkbookInThread(job);
      // The compressed rows are removed whether the workbook was written or not.
      workbook = written.finally(() => Promise.all(Object.values(sheets).map((sheet) => sheet.file.discard()))).then((truncatedSheets) => {
        timings['notices.xlsx'] = performance.now() - started;
        return { file, truncatedSheets };
      });
      // Awaited by the caller; a failure meanwhile must not count as unhandled.
      workbook.catch(() => undefined);
    }
    held = null;
    return { outputs, workbook, timings };
  };

  /**
   * `problems.csv`: the spilled records once more, now that every problem's terms are counted,
   * each completed with its keywords cell; for the workbook, each problem's row likewise.
   */
  const writeProblems = async (): Promise<string> => {
    const csv = await open('problems.csv');
    await csv.append(csvHeader(PROBLEM_COLUMNS));
    const keywordsLetter = columnLetters(KEYWORDS_COLUMN);
    const { terms, documentFrequency } = holding();
    const keywordsOf = keywordChooser(terms.texts, documentFrequency, problemCount);
    for await (const block of readProblemBlocks(await problemSpill.close())) {
      const csvBytes = Buffer.from(block.csv.buffer, block.csv.byteOffset, block.csv.byteLength);
      const xmlBytes = Buffer.from(block.xml.buffer, block.xml.byteOffset, block.xml.byteLength);
      const records: Buffer[] = [];
      const rows: Buffer[] = [];
      let csvAt = 0;
      let xmlAt = 0;
      for (let at = 0; at < block.terms.length; at += 2 + 2 * block.terms[at + 1]) {
        const keywords = keywordsOf(block.terms, at + 2, block.terms[at + 1]).join(';');
        records.push(csvBytes.subarray(csvAt, (csvAt += block.terms[at])), Buffer.from(`${csvField(keywords)}\r\n`, 'utf8'));
        if (!options.workbook) continue;
        // The row without its closing tag, then the keywords cell, then the tag again.
        const lineEnd = xmlBytes.indexOf(LINE_FEED, xmlAt);
        rows.push(xmlBytes.subarray(xmlAt, lineEnd - ROW_END.length));
        xmlAt = lineEnd + 1;
        const cell = keywords === '' ? '' : `<c r="${keywordsLetter}${ROW_NUMBER_MARK}" t="inlineStr">${inlineText(keywords)}</c>`;
        rows.push(Buffer.from(`${cell}${ROW_END}\n`, 'utf8'));
        widths.problems[KEYWORDS_COLUMN] = Math.max(widths.problems[KEYWORDS_COLUMN] ?? 0, displayWidth(keywords));
      }
      await csv.append(Buffer.concat(records));
      if (options.workbook) await appendRows(sheets.problems, Buffer.concat(rows));
    }
    await problemSpill.discard();
    return csv.commit();
  };

  return {
    add,
    finish,
    async discard() {
      agencyTerms.discard();
      await Promise.all([...partFiles, ...deflatedParts].map((file) => file.discard()));
    },
  };
}

function mergeWidths(into: number[], widths: readonly number[]): void {
  widths.forEach((width, index) => {
    if (!(width <= (into[index] ?? 0))) into[index] = width;
  });
}

