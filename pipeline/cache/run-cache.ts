import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { taxonomyHash, type Taxonomy } from '../taxonomy';
import type { Diagnostic } from '../types';
import { RUN_NAME, RUNS_FOLDER } from './cache-layout';
import { codeVersion } from './code-version';

// Raised whenever the layout of a stored run changes.
const RUN_FORMAT = 1;
// Runs kept in the cache: enough for a few corpora or settings used in turn, not one per run ever made.
const RUNS_KEPT = 4;
const FACTS_FILE = 'run-facts.json';

/** What a run's outputs were made from: everything that decides their content. */
export interface RunIdentity {
  taxonomy: Taxonomy;
  recurringThreshold: number;
  workbook: boolean;
  /** Diagnostics of paths that gave no files (they reach errors.csv). */
  discoveryDiagnostics: readonly Diagnostic[];
  /** Each input in the run's order: its name and the sha256 of its bytes, or why it could not be read. */
  files: readonly { file: string; content: string }[];
}

/** A finished run as the cache keeps it: the names of its output files (stored beside) and its facts for run.json. */
export interface StoredRun<Facts> {
  outputs: string[];
  facts: Facts;
}

/** The key of a run: the same inputs, taxonomy, options and tool version give the same outputs. */
export function runCacheKey(identity: RunIdentity): string {
  const canonical = JSON.stringify({
    format: RUN_FORMAT,
    version: codeVersion(),
    taxonomy: taxonomyHash(identity.taxonomy),
    recurringThreshold: identity.recurringThreshold,
    workbook: identity.workbook,
    discovery: identity.discoveryDiagnostics,
    files: identity.files,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Copies the outputs of a stored run into `outputFolder` (each under a temporary name, then
 * renamed) and returns the run's facts; `null` when no complete run is stored under `key`.
 */
export async function restoreRun<Facts>(cacheFolder: string, key: string, outputFolder: string): Promise<StoredRun<Facts> | null> {
  const folder = runFolder(cacheFolder, key);
  let stored: StoredRun<Facts>;
  try {
    stored = JSON.parse(await readFile(path.join(folder, FACTS_FILE), 'utf8'));
    if (!Array.isArray(stored.outputs)) return null;
    await Promise.all(stored.outputs.map((name) => stat(path.join(folder, name))));
  } catch {
    return null;
  }
  // Marked used (its folder's mtime), so that pruning and the last-four rule keep the runs restored often.
  const now = new Date();
  await utimes(folder, now, now).catch(() => undefined);
  await mkdir(outputFolder, { recursive: true });
  for (const name of stored.outputs) {
    const target = path.join(outputFolder, name);
    const temporary = `${target}.${process.pid}.partial`;
    // A clone where the file system can (copy-on-write), a copy otherwise: never a link, which an edit of the output would reach.
    await copyFile(path.join(folder, name), temporary, constants.COPYFILE_FICLONE);
    await rename(temporary, target);
  }
  return stored;
}

/**
 * Keeps a copy of a finished run's output files and its facts under `key`, then removes all
 * but the most recently used stored runs. Failing to store only costs the next run time, so it is silent.
 */
export async function storeRun<Facts>(cacheFolder: string, key: string, outputFiles: readonly string[], facts: Facts): Promise<void> {
  const folder = runFolder(cacheFolder, key);
  const temporary = `${folder}.${process.pid}-${threadId}.partial`;
  try {
    await rm(temporary, { recursive: true, force: true });
    await mkdir(temporary, { recursive: true });
    const outputs = outputFiles.map((file) => path.basename(file));
    for (const file of outputFiles) await copyFile(file, path.join(temporary, path.basename(file)), constants.COPYFILE_FICLONE);
    const stored: StoredRun<Facts> = { outputs, facts };
    await writeFile(path.join(temporary, FACTS_FILE), JSON.stringify(stored));
    await rm(folder, { recursive: true, force: true });
    await rename(temporary, folder);
    await pruneRuns(path.dirname(folder));
  } catch {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
  }
}

function runFolder(cacheFolder: string, key: string): string {
  return path.join(cacheFolder, RUNS_FOLDER, key);
}

async function pruneRuns(runsFolder: string): Promise<void> {
  const names = (await readdir(runsFolder)).filter((name) => RUN_NAME.test(name));
  const dated = await Promise.all(names.map(async (name) => ({ name, modified: (await stat(path.join(runsFolder, name))).mtimeMs })));
  dated.sort((left, right) => right.modified - left.modified);
  await Promise.all(dated.slice(RUNS_KEPT).map(({ name }) => rm(path.join(runsFolder, name), { recursive: true, force: true })));
}
