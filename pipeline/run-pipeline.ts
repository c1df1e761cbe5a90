import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { contentHash, DEFAULT_CACHE_LIMITS, fingerprintFiles, markFilesUsed, openNoticeCache, pruneCache, restoreRun, runCacheKey, storeRun, type CacheLimits, type PruneSummary } from './cache';
import type { Discovery } from './ingest';
import { createFileProcessor } from './parallel/file-processor';
import { mapInOrder } from './parallel/in-order';
import { FILES_PER_BATCH } from './parallel/messages';
import { TASKS_PER_WORKER } from './parallel/worker-pool';
import type { Progress } from './progress';
import { writeReportFromOutputs } from './report';
import type { FileOutcome } from './stream/process-source-file';
import { readSourceBytes } from './stream/read-source';
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
  /** Folder of the cache of processed files and finished runs; `null` (the default) for none. */
  cacheFolder?: string | null;
  /** What the cache may keep; it is pruned to these after the run, never removing the run's own entries. Default `DEFAULT_CACHE_LIMITS`. */
  cacheLimits?: CacheLimits;
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
  /** Files whose outcome came from the cache (all of them when the whole run did). */
  filesFromCache: number;
  /** True when the corpus, the taxonomy and the options were those of a stored run, whose outputs were copied. */
  restored: boolean;
  diagnostics: Diagnostic[];
  /** 0 every file processed, 1 some failed (or warned, with `strict`). */
  exitCode: 0 | 1;
  outputs: string[];
}

/** What a stored run keeps besides its output files: what its run.json and result need. */
interface RunRecord {
  inputs: RunInput[];
  problems: number;
  measures: number;
  diagnostics: Diagnostic[];
  truncatedSheets: string[];
}

/**
 * The one place that knows the order of the stages: files → notices → tables → files.
 * Files are read here (bounded by `readConcurrency`) and looked up in the cache; the others
 * go to `processNotice` in the workers. Their outcomes are taken in the files' order, whatever
 * order they finish in, and written out at once, so the outputs do not depend on the number
 * of workers and memory holds only what the corpus tables need. When the inputs, taxonomy and
 * options are those of a run stored in the cache, its outputs are copied instead.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const started = Date.now();
  const timings: Record<string, number> = {};
  const addTimings = (more: Record<string, number>) => {
    for (const [stage, milliseconds] of Object.entries(more)) timings[stage] = (timings[stage] ?? 0) + milliseconds;
  };

  const { discovery } = options;
  discovery.diagnostics.forEach((diagnostic) => options.report?.(formatDiagnostic(diagnostic)));
  const workbook = options.workbook ?? true;

  // The whole run first: the same inputs, taxonomy and options as a stored run give its outputs.
  let runKey: string | null = null;
  let fingerprinted: Map<string, string> | null = null;
  if (options.cacheFolder) {
    const files = await fingerprintFiles(discovery.files, options.readConcurrency);
    runKey = runCacheKey({ taxonomy: options.taxonomy, recurringThreshold: options.recurringThreshold, workbook, discoveryDiagnostics: discovery.diagnostics, files });
    const stored = await restoreRun<RunRecord>(options.cacheFolder, runKey, options.outputFolder);
    if (stored) {
      await markFilesUsed(openNoticeCache(options.cacheFolder, options.taxonomy), discovery.files, files, options.readConcurrency);
      return finishRestoredRun(options, stored.facts, stored.outputs, started, await pruneAfterRun(options, started));
    }
    fingerprinted = new Map(files.map(({ file, content }) => [file, content]));
  }

  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  const workers = options.workers ?? (options.tokenizer ? 0 : availableParallelism());
  const processor = createFileProcessor({ workers, taxonomy: options.taxonomy, tokenizer: options.tokenizer });
  const cache = options.cacheFolder ? openNoticeCache(options.cacheFolder, options.taxonomy) : null;
  const categories = options.taxonomy.categories.map(({ key, label }) => ({ key, label }));
  await mkdir(options.outputFolder, { recursive: true });
  const outputs = await openRunOutputs(options.outputFolder, { categories, recurringThreshold: options.recurringThreshold, workbook, vocabularies: processor.vocabularies });

  // A file changed between the fingerprint and its processing: the run is not stored under the fingerprint's key.
  let changedMeanwhile = false;
  const readLimit = pLimit(options.readConcurrency);
  const processFile = async (source: Discovery['files'][number]): Promise<{ outcome: FileOutcome; timings: Record<string, number>; cached: boolean }> => {
    // Without a cache the bytes are needed only where the file is processed, which reads them.
    if (!cache) return { ...(await processor.process(source, null, null)), cached: false };
    const read = await readLimit(() => readSourceBytes(source));
    if (read.bytes === null) return { outcome: { notice: null, diagnostics: [read.diagnostic] }, timings: {}, cached: false };
    const content = contentHash(read.bytes);
    if (fingerprinted && fingerprinted.get(source.file) !== content) changedMeanwhile = true;
    const entry = cache.entryPath(source, content);
    const cached = await cache.read(entry);
    if (cached) return { outcome: cached, timings: {}, cached: true };
    return { ...(await processor.process(source, read.bytes, entry)), cached: false };
  };

  const inputs: RunInput[] = [];
  let problems = 0;
  let measures = 0;
  let filesFromCache = 0;
  const processingStarted = performance.now();
  try {
    // Enough files in flight to keep every worker fed, with room for a batch that finished
    // early to wait for an earlier one, and the disk busy.
    const inFlight = Math.max(options.readConcurrency, workers === 0 ? 2 : workers * (TASKS_PER_WORKER + FILES_PER_BATCH));
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
  const { outputs: written, workbook: workbookWritten, timings: tableTimings } = await outputs.finish(diagnostics).catch(async (error: unknown) => {
    // No part or spill file outlives a run that failed while building its tables.
    await outputs.discard();
    throw error;
  });
  timings.tables = performance.now() - finishStarted;
  // The report is drawn from the CSV files, here, while the workbook is written in its own thread.
  const reportStarted = performance.now();
  const report = await writeReportFromOutputs(options.outputFolder, categories).finally(() => (timings.report = performance.now() - reportStarted));
  const { truncatedSheets = [], file: workbookFile = null } = (await workbookWritten) ?? {};
  addTimings(tableTimings);
  if (workbookFile) written.push(workbookFile);
  reportTruncatedSheets(options, truncatedSheets);
  written.push(report);

  const record: RunRecord = { inputs, problems, measures, diagnostics, truncatedSheets };
  if (options.cacheFolder && runKey && !changedMeanwhile) await storeRun(options.cacheFolder, runKey, written, record);
  const pruned = await pruneAfterRun(options, started);
  const result = resultOf(options, record, { filesFromCache, restored: false, outputs: written });
  written.push(
    await writeRunManifest(options.outputFolder, {
      ...record,
      result,
      timings,
      elapsedMilliseconds: Date.now() - started,
      options,
      extra: { processing: processor.description, cache: { folder: options.cacheFolder ?? null, filesFromCache, restoredRun: false, pruned: prunedFacts(pruned) }, truncatedSheets },
    }),
  );
  return result;
}

/** The result and run.json of a run whose outputs were copied from the cache. */
async function finishRestoredRun(options: PipelineOptions, record: RunRecord, outputNames: string[], started: number, pruned: PruneSummary | null): Promise<PipelineResult> {
  const written = outputNames.map((name) => path.join(options.outputFolder, name));
  const processed = new Set(record.inputs.map((input) => input.file));
  for (const diagnostic of record.diagnostics.slice(options.discovery.diagnostics.length)) options.report?.(formatDiagnostic(diagnostic));
  for (const source of options.discovery.files) options.progress?.advance(processed.has(source.file) ? 1 : 0);
  reportTruncatedSheets(options, record.truncatedSheets);
  const result = resultOf(options, record, { filesFromCache: options.discovery.files.length, restored: true, outputs: written });
  written.push(
    await writeRunManifest(options.outputFolder, {
      ...record,
      result,
      timings: { restored: Date.now() - started },
      elapsedMilliseconds: Date.now() - started,
      options,
      extra: { processing: 'restored from the cache', cache: { folder: options.cacheFolder ?? null, filesFromCache: result.filesFromCache, restoredRun: true, pruned: prunedFacts(pruned) }, truncatedSheets: record.truncatedSheets },
    }),
  );
  return result;
}

/**
 * Keeps the cache within its limits once the run has used it (its own entries, read or
 * written since `started`, are kept). A cache that cannot be pruned costs disk, not the run:
 * a warning names the folder.
 */
async function pruneAfterRun(options: PipelineOptions, started: number): Promise<PruneSummary | null> {
  if (!options.cacheFolder) return null;
  const summary = await pruneCache(options.cacheFolder, { ...(options.cacheLimits ?? DEFAULT_CACHE_LIMITS), keepUsedSince: started });
  for (const problem of summary.problems) options.report?.(`warning: the cache in ${options.cacheFolder} could not be pruned: ${problem}`);
  return summary;
}

/** What run.json tells of pruning. */
function prunedFacts(summary: PruneSummary | null): { entries: number; runs: number; bytes: number } | null {
  return summary && { entries: summary.removed.entries, runs: summary.removed.runs, bytes: summary.removed.bytes };
}

function resultOf(options: PipelineOptions, record: RunRecord, rest: Pick<PipelineResult, 'filesFromCache' | 'restored' | 'outputs'>): PipelineResult {
  const { diagnostics } = record;
  const filesFailed = new Set(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.file)).size;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  return {
    filesFound: options.discovery.files.length,
    noticesProcessed: record.inputs.length,
    filesFailed,
    warnings,
    diagnostics,
    exitCode: filesFailed > 0 || (options.strict && warnings > 0) ? 1 : 0,
    ...rest,
  };
}

function reportTruncatedSheets(options: PipelineOptions, sheets: readonly string[]): void {
  for (const sheet of sheets) {
    options.report?.(`warning: notices.xlsx: the sheet ${sheet} holds only the rows Excel can show; ${sheet}.csv has them all`);
  }
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.severity}: ${diagnostic.file}: [${diagnostic.stage}] ${diagnostic.code}: ${diagnostic.message}`;
}
