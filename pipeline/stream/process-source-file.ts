import type { CategoryLabel } from '../aggregate';
import { ingestBytes } from '../ingest';
import { processNotices, StageFailure, type StageTimings } from '../process-notice';
import type { Taxonomy } from '../taxonomy';
import type { Tokenizer } from '../tokenize';
import type { Diagnostic, NoticeText, SourceFile } from '../types';
import { noticeOutcome, type NoticeOutcome } from './notice-outcome';
import { readSourceBytes } from './read-source';

/** What one input file gives the run: its notice's outcome (if it held one) and its diagnostics. */
export interface FileOutcome {
  notice: NoticeOutcome | null;
  diagnostics: Diagnostic[];
}

/** What processing a file needs besides the file: loaded once per worker (or once in the main thread). */
export interface NoticeContext {
  taxonomy: Taxonomy;
  categories: readonly CategoryLabel[];
  tokenizer: Tokenizer;
}

/** An input file and its bytes (`null`: the file is read where it is processed). */
export interface SourceBytes {
  source: SourceFile;
  bytes: Uint8Array | null;
}

/**
 * An input file's bytes → its outcome: ingest, then `processNotice`, then the rows and
 * counts the run needs. A failure inside one notice becomes a diagnostic for its file and
 * never stops the run. Without `bytes` the file is read here (in the worker, when the main
 * thread has no cache to look the bytes up in).
 */
export async function processSourceFile(source: SourceFile, bytes: Uint8Array | null, context: NoticeContext, timings?: StageTimings): Promise<FileOutcome> {
  const [outcome] = await processSourceFiles([{ source, bytes }], context, timings && [timings]);
  return outcome;
}

/**
 * Several files as `processSourceFile` processes each, their notices a stage at a time
 * (`processNotices`); outcomes in the files' order, each the same as alone.
 */
export async function processSourceFiles(files: readonly SourceBytes[], context: NoticeContext, timings?: readonly StageTimings[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const ingested: { position: number; notice: NoticeText }[] = [];
  for (const [position, file] of files.entries()) {
    const read = await ingestFile(file, timings?.[position]);
    outcomes.push({ notice: null, diagnostics: read.diagnostics });
    if (read.notice) ingested.push({ position, notice: read.notice });
  }
  const processed = processNotices(
    ingested.map(({ notice }) => notice),
    context.taxonomy,
    context.tokenizer,
    timings && ingested.map(({ position }) => timings[position]),
  );
  processed.forEach((notice, index) => {
    const { position } = ingested[index];
    const outcome = outcomes[position];
    const { source } = files[position];
    if (notice instanceof StageFailure) {
      outcome.diagnostics.push(failure(source, notice.stage, 'PIPELINE_INTERNAL_ERROR', `unexpected failure: ${notice.message}`));
      return;
    }
    const started = performance.now();
    try {
      outcome.notice = noticeOutcome(notice, context.categories);
      outcome.diagnostics.push(...notice.diagnostics);
    } catch (error) {
      outcome.diagnostics.push(failure(source, 'write', 'PIPELINE_INTERNAL_ERROR', `unexpected failure: ${(error as Error).message}`));
    } finally {
      const into = timings?.[position];
      if (into) into.rows = (into.rows ?? 0) + (performance.now() - started);
    }
  });
  return outcomes;
}

async function ingestFile({ source, bytes: given }: SourceBytes, timings: StageTimings | undefined): Promise<{ notice: NoticeText | null; diagnostics: Diagnostic[] }> {
  let bytes = given;
  if (bytes === null) {
    const read = await readSourceBytes(source);
    if (read.bytes === null) return { notice: null, diagnostics: [read.diagnostic] };
    bytes = read.bytes;
  }
  const started = performance.now();
  try {
    const ingested = await ingestBytes(source, bytes);
    return { notice: ingested.notice, diagnostics: [...ingested.diagnostics] };
  } catch (error) {
    return { notice: null, diagnostics: [failure(source, 'ingest', 'INGEST_READER_FAILED', `the reader for this file failed: ${(error as Error).message}`)] };
  } finally {
    if (timings) timings.ingest = (timings.ingest ?? 0) + (performance.now() - started);
  }
}

function failure(source: SourceFile, stage: Diagnostic['stage'], code: string, message: string): Diagnostic {
  return { file: source.file, stage, severity: 'error', code, message };
}
