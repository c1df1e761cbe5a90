import { extractMetadata } from './metadata';
import { segmentNotice } from './segment';
import { tagProblem } from './tag';
import type { Taxonomy } from './taxonomy';
import { tokenizeProblem, type Tokenizer } from './tokenize';
import type { NoticeText, ProcessedNotice, Stage } from './types';

/** Milliseconds spent per stage, added to as notices are processed (recorded in `run.json`). */
export type StageTimings = Record<string, number>;

/** A stage failed on a notice in a way it does not report itself (a bug): says which stage, for `errors.csv`. */
export class StageFailure extends Error {
  constructor(
    readonly stage: Stage,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * One decoded notice through the stages that need no other notice: metadata → segment →
 * tokenize → tag. The main thread and the workers call this same function, so a notice
 * comes out the same wherever it was processed.
 */
export function processNotice(notice: NoticeText, taxonomy: Taxonomy, tokenizer: Tokenizer, timings?: StageTimings): ProcessedNotice {
  const time = <T>(stage: Stage, work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } catch (error) {
      throw new StageFailure(stage, error);
    } finally {
      if (timings) timings[stage] = (timings[stage] ?? 0) + (performance.now() - started);
    }
  };
  const { metadata, diagnostics: metadataDiagnostics } = time('metadata', () => extractMetadata(notice));
  const { segmentation, diagnostics: segmentDiagnostics } = time('segment', () => segmentNotice(notice));
  const tokens = time('tokenize', () => segmentation.problems.map((problem) => tokenizeProblem(problem, tokenizer)));
  const taggings = time('tag', () => segmentation.problems.map((problem, index) => tagProblem(problem, tokens[index], taxonomy)));
  return { source: notice, metadata, segmentation, tokens, taggings, diagnostics: [...metadataDiagnostics, ...segmentDiagnostics] };
}
