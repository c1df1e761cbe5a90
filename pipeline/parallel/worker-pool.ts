import { Worker } from 'node:worker_threads';
import { FILES_PER_BATCH, type FileAnswer, type FileTask, type WorkerSetup } from './messages';

/**
 * Tasks posted ahead to each worker: a batch being processed and the next one waiting, so that
 * a worker never idles while the main thread turns its answers around.
 */
export const TASKS_PER_WORKER = 2 * FILES_PER_BATCH;

const WORKER_ENTRY = new URL('./worker-entry.js', import.meta.url);

type Pending = { resolve: (answer: FileAnswer) => void; reject: (error: Error) => void };

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** A fixed number of worker threads that process files; tasks beyond what they hold wait in order. */
export interface WorkerPool {
  readonly size: number;
  run(task: Omit<FileTask, 'id'>): Promise<FileAnswer>;
  close(): Promise<void>;
}

/**
 * Starts `size` workers, each loading the taxonomy and the tokenizer once. A worker that dies
 * fails the tasks it held (their files get a diagnostic) and is replaced. `received` sees each
 * answer as it arrives, before its task's promise settles.
 */
export function createWorkerPool(size: number, setup: WorkerSetup, received?: (answer: FileAnswer) => void): WorkerPool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Expected \`size\` to be an integer from 1 and up, got ${size}`);
  const workers: PoolWorker[] = [];
  const waiting: { task: FileTask; pending: Pending }[] = [];
  let nextId = 0;
  let closed = false;

  const start = (): PoolWorker => {
    const entry: PoolWorker = { worker: new Worker(WORKER_ENTRY, { workerData: setup }), pending: new Map() };
    entry.worker.on('message', (answer: FileAnswer) => {
      received?.(answer);
      entry.pending.get(answer.id)?.resolve(answer);
      entry.pending.delete(answer.id);
      dispatch();
    });
    const fail = (error: Error) => {
      const index = workers.indexOf(entry);
      if (index !== -1) workers.splice(index, 1);
      for (const pending of entry.pending.values()) pending.reject(error);
      entry.pending.clear();
      if (!closed) {
        workers.push(start());
        dispatch();
      }
    };
    entry.worker.on('error', fail);
    entry.worker.on('exit', (code) => {
      if (!closed) fail(new Error(`worker stopped with exit code ${code}`));
    });
    return entry;
  };

  const dispatch = () => {
    while (waiting.length > 0) {
      const target = workers.reduce<PoolWorker | null>(
        (best, candidate) => (candidate.pending.size < TASKS_PER_WORKER && (!best || candidate.pending.size < best.pending.size) ? candidate : best),
        null,
      );
      if (!target) return;
      const { task, pending } = waiting.shift()!;
      target.pending.set(task.id, pending);
      target.worker.postMessage(task, task.bytes ? [task.bytes.buffer as ArrayBuffer] : []);
    }
  };

  for (let index = 0; index < size; index++) workers.push(start());

  return {
    size,
    run(task) {
      if (closed) return Promise.reject(new Error('the worker pool is closed'));
      // Only a buffer that owns all of its memory may be transferred (a pooled one would be torn from its pool).
      const { bytes } = task;
      const owned = bytes === null || (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) ? bytes : new Uint8Array(bytes);
      return new Promise<FileAnswer>((resolve, reject) => {
        waiting.push({ task: { ...task, bytes: owned, id: nextId++ }, pending: { resolve, reject } });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}
