import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import { USER_DICTIONARY_FILE } from '../pipeline/dict';

/** How fast nodejieba alone cuts the corpus's texts: the floor of the pipeline's cost. */
export interface RawThroughput {
  notices: number;
  bytes: number;
  milliseconds: number;
}

/** Cuts every text once with nodejieba (with the pipeline's user dictionary), in this process: only the cutting is timed. */
export function measureRawTokenizer({ texts, bytes }: CorpusTexts): RawThroughput {
  nodejieba.load({ userDict: USER_DICTIONARY_FILE });
  const started = performance.now();
  for (const text of texts) nodejieba.cut(text);
  return { notices: texts.length, bytes, milliseconds: performance.now() - started };
}

const RAW_CUT_WORKER = new URL('./raw-cut-worker.js', import.meta.url);

/**
 * Cuts the same texts in `threads` worker threads at once, each with its own dictionaries
 * and a share of the texts dealt out in turn; timed from the moment all are loaded to the
 * last one done. Against one thread it is how far the machine's cores scale when every one
 * of them does nothing but the floor of the pipeline's work: the ceiling of the pipeline's own
 * all-cores speed-up (cores that share a physical core or a memory bus do not give 2×).
 */
export async function measureRawTokenizerThreads({ texts, bytes }: CorpusTexts, threads: number): Promise<RawThroughput> {
  const shares = Array.from({ length: threads }, (_, thread) => texts.filter((_, index) => index % threads === thread));
  const workers = shares.map((share) => new Worker(RAW_CUT_WORKER, { workerData: { texts: share, userDictionary: USER_DICTIONARY_FILE } }));
  try {
    const answer = (worker: Worker) => new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    await Promise.all(workers.map(answer));
    const started = performance.now();
    const done = workers.map(answer);
    for (const worker of workers) worker.postMessage('go');
    await Promise.all(done);
    return { notices: texts.length, bytes, milliseconds: performance.now() - started };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The corpus's files as text, read once for every measurement of the raw tokenizer. */
export interface CorpusTexts {
  texts: string[];
  bytes: number;
}

/** Reads the files' texts, before any timing starts. */
export async function readCorpusTexts(folder: string, files: readonly string[]): Promise<CorpusTexts> {
  const texts: string[] = [];
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(path.join(folder, file));
    bytes += content.length;
    texts.push(content.toString('utf8'));
  }
  return { texts, bytes };
}
