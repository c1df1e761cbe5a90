import { Worker } from 'node:worker_threads';
import { FILES_PER_BATCH, type FileAnswer, type FileTask, type WorkerSetup } from './messages';

/**
 * Tasks posted ahead to each worker: a batch being processed and the next one waiting, so that
 * a worker never idles while the main thread turns its answers around.
 */
export const TASKS_PER_WORKER = 2 * FILES_PER_BATCH;

const WORKER_ENTRY = new URL('./worker-entry.js', import.meta.url);

type Pending = { resolve: (answer: FileAnswer) => void; reject: (error: Error) => void };

/** A task waiting or held by a worker; `alone`: it was held when a worker died, so it is tried on its own. */
interface Queued {
  task: FileTask;
  pending: Pending;
  alone: boolean;
}

interface PoolWorker {
  worker: Worker;
  held: Map<number, Queued>;
}

/** A fixed number of worker threads that process files; tasks beyond what they hold wait in order. */
export interface WorkerPool {
  readonly size: number;
  run(task: Omit<FileTask, 'id'>): Promise<FileAnswer>;
  close(): Promise<void>;
}

/**
 * Starts `size` workers (running `entry`), each loading the taxonomy and the tokenizer once. A
 * worker that dies is replaced, and the tasks it held are tried again one at a time, each alone
 * in a worker: a worker holds two batches, and only the file that kills a worker on its own
 * fails (its file gets a diagnostic), not the others it was held with. `received` sees each
 * answer as it arrives, before its task's promise settles.
 */
export function createWorkerPool(size: number, setup: WorkerSetup, received?: (answer: FileAnswer) => void, entry: URL = WORKER_ENTRY): WorkerPool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Expected \`size\` to be an integer from 1 and up, got ${size}`);
  const workers: PoolWorker[] = [];
  const waiting: Queued[] = [];
  let nextId = 0;
  let closed = false;

  const start = (): PoolWorker => {
    const started: PoolWorker = { worker: new Worker(entry, { workerData: setup }), held: new Map() };
    started.worker.on('message', (answer: FileAnswer) => {
      received?.(answer);
      started.held.get(answer.id)?.pending.resolve(answer);
      started.held.delete(answer.id);
      dispatch();
    });
    const fail = (error: Error) => {
      const index = workers.indexOf(started);
      if (index === -1) return;
      workers.splice(index, 1);
      const again: Queued[] = [];
      for (const queued of started.held.values()) {
        if (queued.alone) queued.pending.reject(error);
        // Its bytes went to the dead worker: the next one reads the file itself.
        else again.push({ task: { ...queued.task, bytes: null }, pending: queued.pending, alone: true });
      }
      started.held.clear();
      waiting.unshift(...again);
      if (!closed) {
        workers.push(start());
        dispatch();
      }
    };
    started.worker.on('error', fail);
    started.worker.on('exit', (code) => {
      if (!closed) fail(new Error(`worker stopped with exit code ${code}`));
    });
    return started;
  };

  const holdsAlone = (candidate: PoolWorker) => [...candidate.held.values()].some((queued) => queued.alone);

  const targetFor = (queued: Queued): PoolWorker | null => {
    if (queued.alone) return workers.find((candidate) => candidate.held.size === 0) ?? null;
    return workers.reduce<PoolWorker | null>(
      (best, candidate) =>
        candidate.held.size < TASKS_PER_WORKER && !holdsAlone(candidate) && (!best || candidate.held.size < best.held.size) ? candidate : best,
      null,
    );
  };

  const dispatch = () => {
    while (waiting.length > 0) {
      const target = targetFor(waiting[0]);
      if (!target) return;
      const queued = waiting.shift()!;
      target.held.set(queued.task.id, queued);
      target.worker.postMessage(queued.task, queued.task.bytes ? [queued.task.bytes.buffer as ArrayBuffer] : []);
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
        waiting.push({ task: { ...task, bytes: owned, id: nextId++ }, pending: { resolve, reject }, alone: false });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((poolWorker) => poolWorker.worker.terminate()));
    },
  };
}
