import { parentPort, threadId, workerData } from 'node:worker_threads';
import { isCacheable, writeCacheEntry } from '../cache';
import type { StageTimings } from '../process-notice';
import { transferableOf } from '../stream/notice-outcome';
import { processSourceFiles, type NoticeContext } from '../stream/process-source-file';
import { createWorkerTermNumbering } from '../stream/worker-terms';
import { createTokenizer } from '../tokenize';
import { FILES_PER_BATCH, type FileAnswer, type FileTask, type WorkerSetup } from './messages';

// Loaded once per worker: the tokenizer's dictionaries are the bulk of a worker's memory.
const setup = workerData as WorkerSetup;
const context: NoticeContext = {
  taxonomy: setup.taxonomy,
  categories: setup.taxonomy.categories.map(({ key, label }) => ({ key, label })),
  tokenizer: createTokenizer(),
};
const termNumbering = createWorkerTermNumbering(threadId);

// Tasks wait here while a batch is processed; the pool keeps more posted than one batch takes.
const waiting: FileTask[] = [];
let draining = false;

parentPort?.on('message', (task: FileTask) => {
  waiting.push(task);
  if (draining) return;
  draining = true;
  // On the next turn, once every message already delivered has joined the queue.
  setImmediate(() => void drain());
});

async function drain(): Promise<void> {
  while (waiting.length > 0) await answerBatch(waiting.splice(0, FILES_PER_BATCH));
  draining = false;
}

async function answerBatch(tasks: FileTask[]): Promise<void> {
  const timings: StageTimings[] = tasks.map(() => ({}));
  let answers: FileAnswer[];
  try {
    // A transferred Buffer arrives as a plain Uint8Array; readers may rely on Buffer's methods.
    const files = tasks.map(({ source, bytes }) => ({ source, bytes: bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
    const outcomes = await processSourceFiles(files, context, timings);
    answers = await Promise.all(
      tasks.map(async (task, index): Promise<FileAnswer> => {
        const outcome = outcomes[index];
        try {
          if (task.cacheEntry !== null && isCacheable(outcome)) await writeCacheEntry(task.cacheEntry, outcome);
          return { id: task.id, outcome, timings: timings[index] };
        } catch (error) {
          return { id: task.id, error: (error as Error).stack ?? String(error) };
        }
      }),
    );
  } catch (error) {
    answers = tasks.map((task) => ({ id: task.id, error: (error as Error).stack ?? String(error) }));
  }
  for (const answer of answers) {
    // After caching: the cache keeps the texts, which any later run can read. Numbered in
    // the order the answers are posted, which is the order the main thread receives them.
    if (answer.outcome?.notice) termNumbering.number(answer.outcome.notice);
    parentPort?.postMessage(answer, transferableOf(answer.outcome?.notice ?? null));
  }
}
