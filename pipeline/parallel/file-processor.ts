import { isCacheable, writeCacheEntry } from '../cache';
import type { StageTimings } from '../process-notice';
import { processSourceFile, type FileOutcome, type NoticeContext } from '../stream/process-source-file';
import type { Taxonomy } from '../taxonomy';
import { createWorkerVocabularies, type WorkerVocabularies } from '../stream/worker-terms';
import { createTokenizer, type Tokenizer } from '../tokenize';
import type { SourceFile } from '../types';
import { createWorkerPool, type WorkerPool } from './worker-pool';

/** Processes input files, in the main thread or in worker threads. */
export interface FileProcessor {
  /** `in-process` or `N workers`, as `run.json` records it. */
  readonly description: string;
  /** An input file's bytes (`null`: the processor reads them) → its outcome, stored in the cache under `cacheEntry` unless that is `null`. */
  process(source: SourceFile, bytes: Uint8Array | null, cacheEntry: string | null): Promise<{ outcome: FileOutcome; timings: StageTimings }>;
  /** Where the texts of the terms workers number are received, as their outcomes arrive (`null` in the main thread). */
  readonly vocabularies: WorkerVocabularies | null;
  /** Stops the workers, if any were started. */
  close(): Promise<void>;
}

export interface FileProcessorOptions {
  /** Worker threads; 0 processes in the main thread. */
  workers: number;
  taxonomy: Taxonomy;
  /** A tokenizer for the main thread (tests pass a fake); workers always load their own. */
  tokenizer?: Tokenizer;
}

/**
 * A processor for the run. Nothing is loaded until the first file needs processing, so a
 * run whose files all come from the cache never loads a tokenizer.
 */
export function createFileProcessor(options: FileProcessorOptions): FileProcessor {
  return options.workers === 0 ? inProcess(options) : inWorkers(options.workers, options.taxonomy);
}

function inProcess(options: FileProcessorOptions): FileProcessor {
  let context: NoticeContext | null = null;
  return {
    description: 'in-process',
    vocabularies: null,
    async process(source, bytes, cacheEntry) {
      context ??= {
        taxonomy: options.taxonomy,
        categories: options.taxonomy.categories.map(({ key, label }) => ({ key, label })),
        tokenizer: options.tokenizer ?? createTokenizer(),
      };
      const timings: StageTimings = {};
      const outcome = await processSourceFile(source, bytes, context, timings);
      if (cacheEntry !== null && isCacheable(outcome)) await writeCacheEntry(cacheEntry, outcome);
      return { outcome, timings };
    },
    async close() {},
  };
}

function inWorkers(size: number, taxonomy: Taxonomy): FileProcessor {
  let pool: WorkerPool | null = null;
  const vocabularies = createWorkerVocabularies();
  return {
    description: `${size} worker${size === 1 ? '' : 's'}`,
    vocabularies,
    async process(source, bytes, cacheEntry) {
      // Received as each answer arrives, in the order each worker posted them.
      pool ??= createWorkerPool(size, { taxonomy }, (answer) => {
        const numbered = answer.outcome?.notice?.numberedTerms;
        if (numbered) vocabularies.received(numbered);
      });
      try {
        const answer = await pool.run({ source, bytes, cacheEntry });
        if (answer.outcome) return { outcome: answer.outcome, timings: answer.timings };
        return { outcome: internalError(source, answer.error), timings: {} };
      } catch (error) {
        return { outcome: internalError(source, (error as Error).message), timings: {} };
      }
    },
    async close() {
      await pool?.close();
    },
  };
}

function internalError(source: SourceFile, message: string): FileOutcome {
  return {
    notice: null,
    diagnostics: [{ file: source.file, stage: 'segment', severity: 'error', code: 'PIPELINE_INTERNAL_ERROR', message: `unexpected failure: ${message}` }],
  };
}
