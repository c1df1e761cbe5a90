import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { openNoticeCache } from './cache';
import type { Discovery } from './ingest';
import { createFileProcessor } from './parallel/file-processor';
import { mapInOrder } from './parallel/in-order';
import type { Progress } from './progress';
import { readSourceBytes } from './stream/read-source';
import type { FileOutcome } from './stream/process-source-file';
import { openRunOutputs } from './stream/run-outputs';
import type { Taxonomy } from './taxonomy';
import type { Tokenizer } from './tokenize';
import type { Diagnostic } from './types';
import { writeRunManifest, type RunInput } from './write/run-manifest';

/** Checked options: the CLI (or a test) builds these; stages never see raw arguments. */
export interface PipelineOptions {
  /** The input files, found by `discoverSourceFiles` (with its diagnostics for paths that gave none). */
  discovery: Discovery;
  outputFolder: string;
  taxonomy: Taxonomy;
  /** Cosine similarity from which two problems count as the same finding. */
  recurringThreshold: number;
  /** Warnings count as failures for the exit code. */
  strict: boolean;
  /** Where diagnostics are reported; `null` for silence. */
  report: ((line: string) => void) | null;
  /** Files read at once. */
  readConcurrency: number;
  /** A tokenizer for the main thread (tests pass a fake); with one, notices are processed in the main thread. */
  tokenizer?: Tokenizer;
  /** Worker threads processing notices; 0 processes them in the main thread. Default: one per core. */
  workers?: number;
  /** Folder of the cache of processed files; `null` (the default) for none. */
  cacheFolder?: string | null;
  /** Told of each file done (the CLI's progress bar). */
  progress?: Progress | null;
  /** Writes `notices.xlsx` too (default true). */
  workbook?: boolean;
}

export interface PipelineResult {
  filesFound: number;
  noticesProcessed: number;
  filesFailed: number;
  warnings: number;
  /** Files whose outcome came from the cache. */
  filesFromCache: number;
  diagnostics: Diagnostic[];
  /** 0 every file processed, 1 some failed (or warned, with `strict`). */
  exitCode: 0 | 1;
  outputs: string[];
}

/**
 * The one place that knows the order of the stages: files → notices → tables → files.
 * Files are read here (bounded by `readConcurrency`) and looked up in the cache; the others
 * go to `processNotice` in the workers. Their outcomes are taken in the files' order, whatever
 * order they finish in, and written out at once, so the outputs do not depend on the number
 * of workers and memory holds only what the corpus tables need.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const started = Date.now();
  const timings: Record<string, number> = {};
  const addTimings = (more: Record<string, number>) => {
    for (const [stage, milliseconds] of Object.entries(more)) timings[stage] = (timings[stage] ?? 0) + milliseconds;
  };

  const { discovery } = options;
  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  discovery.diagnostics.forEach((diagnostic) => options.report?.(formatDiagnostic(diagnostic)));
  const workers = options.workers ?? (options.tokenizer ? 0 : availableParallelism());
  const processor = createFileProcessor({ workers, taxonomy: options.taxonomy, tokenizer: options.tokenizer });
  const cache = options.cacheFolder ? openNoticeCache(options.cacheFolder, options.taxonomy) : null;
  const categories = options.taxonomy.categories.map(({ key, label }) => ({ key, label }));
  await mkdir(options.outputFolder, { recursive: true });
  const outputs = await openRunOutputs(options.outputFolder, { categories, recurringThreshold: options.recurringThreshold, workbook: options.workbook ?? true });

  const readLimit = pLimit(options.readConcurrency);
  const processFile = async (source: Discovery['files'][number]): Promise<{ outcome: FileOutcome; timings: Record<string, number>; cached: boolean }> => {
    const read = await readLimit(() => readSourceBytes(source));
    if (read.bytes === null) return { outcome: { notice: null, diagnostics: [read.diagnostic] }, timings: {}, cached: false };
    const entry = cache?.entryPath(source, read.bytes) ?? null;
    const cached = entry === null ? null : await cache!.read(entry);
    if (cached) return { outcome: cached, timings: {}, cached: true };
    return { ...(await processor.process(source, read.bytes, entry)), cached: false };
  };

  const inputs: RunInput[] = [];
  let problems = 0;
  let measures = 0;
  let filesFromCache = 0;
  const processingStarted = performance.now();
  try {
    // Enough files in flight to keep every worker fed (two each) and the disk busy.
    const inFlight = Math.max(options.readConcurrency, 2 * Math.max(1, workers));
    for await (const { outcome, timings: fileTimings, cached } of mapInOrder(discovery.files, inFlight, processFile)) {
      addTimings(fileTimings);
      if (cached) filesFromCache++;
      if (outcome.notice) {
        await outputs.add(outcome.notice);
        inputs.push(outcome.notice.input);
        problems += outcome.notice.problems;
        measures += outcome.notice.measures;
      }
      outcome.diagnostics.forEach((diagnostic) => options.report?.(formatDiagnostic(diagnostic)));
      diagnostics.push(...outcome.diagnostics);
      options.progress?.advance(outcome.notice ? 1 : 0);
    }
  } catch (error) {
    await outputs.discard();
    throw error;
  } finally {
    await processor.close();
  }
  timings.notices = performance.now() - processingStarted;

  const finishStarted = performance.now();
  const { outputs: written, truncatedSheets, timings: tableTimings } = await outputs.finish(diagnostics);
  addTimings(tableTimings);
  timings.tables = performance.now() - finishStarted;
  for (const sheet of truncatedSheets) {
    options.report?.(`warning: notices.xlsx: the sheet ${sheet} holds only the rows Excel can show; ${sheet}.csv has them all`);
  }

  const filesFailed = new Set(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.file)).size;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  const result: PipelineResult = {
    filesFound: discovery.files.length,
    noticesProcessed: inputs.length,
    filesFailed,
    warnings,
    filesFromCache,
    diagnostics,
    exitCode: filesFailed > 0 || (options.strict && warnings > 0) ? 1 : 0,
    outputs: written,
  };
  written.push(
    await writeRunManifest(options.outputFolder, {
      inputs,
      problems,
      measures,
      result,
      timings,
      elapsedMilliseconds: Date.now() - started,
      options,
      extra: { processing: processor.description, cache: { folder: cache?.folder ?? null, filesFromCache }, truncatedSheets },
    }),
  );
  return result;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.severity}: ${diagnostic.file}: [${diagnostic.stage}] ${diagnostic.code}: ${diagnostic.message}`;
}
