import type { CategoryLabel } from '../aggregate';
import { ingestBytes } from '../ingest';
import { processNotice, StageFailure, type StageTimings } from '../process-notice';
import type { Taxonomy } from '../taxonomy';
import type { Tokenizer } from '../tokenize';
import type { Diagnostic, SourceFile } from '../types';
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

/**
 * An input file's bytes → its outcome: ingest, then `processNotice`, then the rows and
 * counts the run needs. A failure inside one notice becomes a diagnostic for its file and
 * never stops the run. Without `bytes` the file is read here (in the worker, when the main
 * thread has no cache to look the bytes up in).
 */
export async function processSourceFile(source: SourceFile, given: Uint8Array | null, context: NoticeContext, timings?: StageTimings): Promise<FileOutcome> {
  let bytes = given;
  if (bytes === null) {
    const read = await readSourceBytes(source);
    if (read.bytes === null) return { notice: null, diagnostics: [read.diagnostic] };
    bytes = read.bytes;
  }
  const started = performance.now();
  let ingested;
  try {
    ingested = await ingestBytes(source, bytes);
  } catch (error) {
    return { notice: null, diagnostics: [failure(source, 'ingest', 'INGEST_READER_FAILED', `the reader for this file failed: ${(error as Error).message}`)] };
  } finally {
    if (timings) timings.ingest = (timings.ingest ?? 0) + (performance.now() - started);
  }
  const diagnostics = [...ingested.diagnostics];
  if (!ingested.notice) return { notice: null, diagnostics };
  try {
    const processed = processNotice(ingested.notice, context.taxonomy, context.tokenizer, timings);
    const outcomeStarted = performance.now();
    const notice = noticeOutcome(processed, context.categories);
    if (timings) timings.rows = (timings.rows ?? 0) + (performance.now() - outcomeStarted);
    return { notice, diagnostics: [...diagnostics, ...processed.diagnostics] };
  } catch (error) {
    return { notice: null, diagnostics: [...diagnostics, failure(source, error instanceof StageFailure ? error.stage : 'write', 'PIPELINE_INTERNAL_ERROR', `unexpected failure: ${(error as Error).message}`)] };
  }
}

function failure(source: SourceFile, stage: Diagnostic['stage'], code: string, message: string): Diagnostic {
  return { file: source.file, stage, severity: 'error', code, message };
}
