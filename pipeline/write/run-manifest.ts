import path from 'node:path';
import type { PipelineOptions, PipelineResult } from '../run-pipeline';
import { taxonomyHash } from '../taxonomy';
import type { NoticeText } from '../types';
import { TOOL_VERSION } from '../version';
import { writeFileAtomic } from './atomic';

/** One input as `run.json` records it. */
export type RunInput = Pick<NoticeText, 'file' | 'noticeId' | 'format' | 'encoding' | 'bytes' | 'sha256'>;

export interface RunFacts {
  inputs: RunInput[];
  problems: number;
  measures: number;
  result: PipelineResult;
  timings: Record<string, number>;
  elapsedMilliseconds: number;
  options: Pick<PipelineOptions, 'taxonomy' | 'recurringThreshold'>;
  /** Anything else worth recording about the run (workers, cache use). */
  extra?: Record<string, unknown>;
}

/**
 * `run.json`: what was read (with each input's sha256) and what came of it. Timings vary
 * from run to run, so they live here and never in the CSV files, which stay byte-identical.
 */
export async function writeRunManifest(folder: string, facts: RunFacts): Promise<string> {
  const { inputs, result, timings, elapsedMilliseconds, options } = facts;
  const manifest = {
    tool: 'notices',
    version: TOOL_VERSION,
    taxonomy: { categories: options.taxonomy.categories.map((category) => category.key), sha256: taxonomyHash(options.taxonomy) },
    recurringThreshold: options.recurringThreshold,
    inputs,
    counts: {
      filesFound: result.filesFound,
      noticesProcessed: result.noticesProcessed,
      filesFailed: result.filesFailed,
      warnings: result.warnings,
      problems: facts.problems,
      measures: facts.measures,
    },
    timingsMilliseconds: Object.fromEntries(Object.entries(timings).map(([stage, milliseconds]) => [stage, Math.round(milliseconds)])),
    elapsedMilliseconds,
    exitCode: result.exitCode,
    ...facts.extra,
  };
  const file = path.join(folder, 'run.json');
  await writeFileAtomic(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}
