import { Worker } from 'node:worker_threads';
import type { Cell } from '../types';
import type { DeflatedPart } from './deflated-part';
import { writeWorkbookSheets, type WorkbookSheet } from './workbook';

/** A worksheet as plain data for another thread: its rows in memory, or rendered and compressed in a file (see `DeflatedRows`). */
export type SheetSource = Pick<WorkbookSheet, 'name' | 'columns' | 'widths'> & ({ rows: Cell[][] } | { deflated: DeflatedPart; count: number; complete: boolean });

/** What the workbook thread is started with. */
export interface WorkbookJob {
  sheets: SheetSource[];
  file: string;
}

const ENTRY = new URL('./workbook-worker-entry.js', import.meta.url);

/**
 * Writes the workbook in a thread of its own, so that the end of a run writes it while the
 * main thread writes the report: its compression and checksums are most of the run's end.
 * Resolves with the names of the sheets cut at Excel's row limit.
 */
export function writeWorkbookInThread(job: WorkbookJob): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: job });
    let answered = false;
    worker.once('message', (answer: { truncated: string[] } | { error: string }) => {
      answered = true;
      if ('error' in answer) reject(new Error(`notices.xlsx: ${answer.error}`));
      else resolve(answer.truncated);
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`notices.xlsx: the workbook thread stopped with exit code ${code}`));
    });
  });
}

/** The sheets of a job as `writeWorkbookSheets` takes them: rendered rows are read from their files. */
export function workbookSheets(job: WorkbookJob): WorkbookSheet[] {
  return job.sheets.map((sheet) =>
    'deflated' in sheet
      ? { name: sheet.name, columns: sheet.columns, widths: sheet.widths, rows: { deflated: sheet.deflated, count: sheet.count, complete: sheet.complete } }
      : sheet,
  );
}

/** Writes a job's workbook in this thread (what the workbook thread runs). */
export function writeWorkbookJob(job: WorkbookJob): Promise<string[]> {
  return writeWorkbookSheets(workbookSheets(job), job.file);
}
