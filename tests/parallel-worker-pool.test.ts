import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../pipeline/parallel/worker-pool';
import { loadTaxonomy } from '../pipeline/taxonomy';

const EXITS_ON_ONE_FILE = new URL('./fixtures/workers/exit-on-file.js', import.meta.url);

const task = (file: string) => ({ source: { path: `/corpus/${file}`, file, noticeId: file }, bytes: new Uint8Array([1, 2, 3]), cacheEntry: null });

describe('createWorkerPool(size, setup, received, entry)', () => {
  it('fails only the file that kills a worker on its own; the files that worker held with it are answered by the next one', async () => {
    const pool = createWorkerPool(1, { taxonomy: loadTaxonomy() }, undefined, EXITS_ON_ONE_FILE);
    try {
      const files = Array.from({ length: 12 }, (_, index) => (index === 5 ? 'kills-the-worker.txt' : `${index}.txt`));
      const settled = await Promise.allSettled(files.map((file) => pool.run(task(file))));
      expect(settled.map((result) => result.status)).toEqual(files.map((file) => (file === 'kills-the-worker.txt' ? 'rejected' : 'fulfilled')));
      expect((settled[5] as PromiseRejectedResult).reason.message).toBe('worker stopped with exit code 7');
      // The files held with it lost their bytes to the dead worker: the next one read them itself.
      const readAgain = settled.filter((result) => result.status === 'fulfilled' && result.value.outcome && result.value.timings.readByWorker === 1);
      expect(readAgain.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('answers the next files after a worker died on one', async () => {
    const pool = createWorkerPool(2, { taxonomy: loadTaxonomy() }, undefined, EXITS_ON_ONE_FILE);
    try {
      await expect(pool.run(task('kills-the-worker.txt'))).rejects.toThrow('exit code 7');
      const answers = await Promise.all(['a.txt', 'b.txt', 'c.txt'].map((file) => pool.run(task(file))));
      expect(answers.map((answer) => answer.outcome?.diagnostics)).toEqual([[], [], []]);
    } finally {
      await pool.close();
    }
  });
});
