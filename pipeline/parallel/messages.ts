import type { StageTimings } from '../process-notice';
import type { FileOutcome } from '../stream/process-source-file';
import type { Taxonomy } from '../taxonomy';
import type { SourceFile } from '../types';

/** What a worker is started with: plain data, loaded once per worker. */
export interface WorkerSetup {
  taxonomy: Taxonomy;
}

/** One file for a worker: its bytes (transferred, not copied; `null`: the worker reads them) and where to cache the outcome (`null`: do not). */
export interface FileTask {
  id: number;
  source: SourceFile;
  bytes: Uint8Array | null;
  cacheEntry: string | null;
}

/** A worker's answer to a `FileTask`. */
export type FileAnswer =
  | { id: number; outcome: FileOutcome; timings: StageTimings; error?: undefined }
  | { id: number; error: string; outcome?: undefined };

/**
 * Files a worker takes a stage at a time (`processSourceFiles`) from those it holds: enough for
 * the tokenizer's dictionary to stay in the processor's caches, few enough to hold in memory.
 */
export const FILES_PER_BATCH = 16;
