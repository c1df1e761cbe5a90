import { readFile } from 'node:fs/promises';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { USER_DICTIONARY_FILE } from '../pipeline/dict';

/** How fast nodejieba alone cuts the corpus's texts: the floor of the pipeline's cost. */
export interface RawThroughput {
  notices: number;
  bytes: number;
  milliseconds: number;
}

/**
 * Cuts every file's text once with nodejieba (with the pipeline's user dictionary), in this
 * process, after reading them all: only the cutting is timed.
 */
export async function measureRawTokenizer(folder: string, files: readonly string[]): Promise<RawThroughput> {
  nodejieba.load({ userDict: USER_DICTIONARY_FILE });
  const texts: string[] = [];
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(path.join(folder, file));
    bytes += content.length;
    texts.push(content.toString('utf8'));
  }
  const started = performance.now();
  for (const text of texts) nodejieba.cut(text);
  return { notices: texts.length, bytes, milliseconds: performance.now() - started };
}
