import { parentPort, threadId, workerData } from 'node:worker_threads';
import { isCacheable, writeCacheEntry } from '../cache';
import type { StageTimings } from '../process-notice';
import { transferableOf } from '../stream/notice-outcome';
import { processSourceFile, type NoticeContext } from '../stream/process-source-file';
import { createWorkerTermNumbering } from '../stream/worker-terms';
import { createTokenizer } from '../tokenize';
import type { FileAnswer, FileTask, WorkerSetup } from './messages';

// Loaded once per worker: the tokenizer's dictionaries are the bulk of a worker's memory.
const setup = workerData as WorkerSetup;
const context: NoticeContext = {
  taxonomy: setup.taxonomy,
  categories: setup.taxonomy.categories.map(({ key, label }) => ({ key, label })),
  tokenizer: createTokenizer(),
};
const termNumbering = createWorkerTermNumbering(threadId);

parentPort?.on('message', async (task: FileTask) => {
  let answer: FileAnswer;
  try {
    const timings: StageTimings = {};
    // A transferred Buffer arrives as a plain Uint8Array; readers may rely on Buffer's methods.
    const bytes = task.bytes && Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    const outcome = await processSourceFile(task.source, bytes, context, timings);
    if (task.cacheEntry !== null && isCacheable(outcome)) await writeCacheEntry(task.cacheEntry, outcome);
    // After caching: the cache keeps the texts, which any later run can read.
    if (outcome.notice) termNumbering.number(outcome.notice);
    answer = { id: task.id, outcome, timings };
  } catch (error) {
    answer = { id: task.id, error: (error as Error).stack ?? String(error) };
  }
  parentPort?.postMessage(answer, transferableOf(answer.outcome?.notice ?? null));
});
