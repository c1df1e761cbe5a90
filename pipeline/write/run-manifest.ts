import path from 'node:path';
import type { PipelineOptions, PipelineResult } from '../run-pipeline';
import { taxonomyHash } from '../taxonomy';
import type { ProcessedNotice } from '../types';
import { TOOL_VERSION } from '../version';
import { writeFileAtomic } from './atomic';

export interface RunFacts {
  processed: ProcessedNotice[];
  result: PipelineResult;
  timings: Record<string, number>;
  elapsedMilliseconds: number;
  options: PipelineOptions;
}

/**
 * `run.json`: what was read (with each input's sha256) and what came of it. Timings vary
 * from run to run, so they live here and never in the CSV files, which stay byte-identical.
 */
export async function writeRunManifest(folder: string, facts: RunFacts): Promise<string> {
  const { processed, result, timings, elapsedMilliseconds, options } = facts;
  const manifest = {
    tool: 'notices',
    version: TOOL_VERSION,
    taxonomy: { categories: options.taxonomy.categories.map((category) => category.key), sha256: taxonomyHash(options.taxonomy) },
    recurringThreshold: options.recurringThreshold,
    inputs: processed.map(({ source }) => ({
      file: source.file,
      noticeId: source.noticeId,
      format: source.format,
      encoding: source.encoding,
      bytes: source.bytes,
      sha256: source.sha256,
    })),
    counts: {
      filesFound: result.filesFound,
      noticesProcessed: result.noticesProcessed,
      filesFailed: result.filesFailed,
      warnings: result.warnings,
      problems: processed.reduce((sum, notice) => sum + notice.segmentation.problems.length, 0),
      measures: processed.reduce((sum, notice) => sum + notice.segmentation.problems.reduce((count, problem) => count + problem.measures.length, 0), 0),
    },
    timingsMilliseconds: Object.fromEntries(Object.entries(timings).map(([stage, milliseconds]) => [stage, Math.round(milliseconds)])),
    elapsedMilliseconds,
    exitCode: result.exitCode,
  };
  const file = path.join(folder, 'run.json');
  await writeFileAtomic(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}
