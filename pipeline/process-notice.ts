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
  const [processed] = processNotices([notice], taxonomy, tokenizer, timings && [timings]);
  if (processed instanceof StageFailure) throw processed;
  return processed;
}

type Segmented = Pick<ProcessedNotice, 'source' | 'metadata' | 'segmentation' | 'diagnostics'>;

/**
 * Several notices through the same stages as `processNotice`, a stage at a time: the
 * tokenizer then cuts their problems one after another while its dictionary is still in the
 * processor's caches, which other stages run in between would have pushed out (a fifth of
 * its time). Each notice comes out as `processNotice` gives it, or as the `StageFailure`
 * it would throw, so that one notice's failure never touches the others.
 */
export function processNotices(notices: readonly NoticeText[], taxonomy: Taxonomy, tokenizer: Tokenizer, timings?: readonly StageTimings[]): (ProcessedNotice | StageFailure)[] {
  const time = <T>(index: number, stage: Stage, work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } catch (error) {
      throw new StageFailure(stage, error);
    } finally {
      const into = timings?.[index];
      if (into) into[stage] = (into[stage] ?? 0) + (performance.now() - started);
    }
  };
  const segmented = notices.map((source, index) =>
    failureOf((): Segmented => {
      const { metadata, diagnostics: metadataDiagnostics } = time(index, 'metadata', () => extractMetadata(source));
      const { segmentation, diagnostics: segmentDiagnostics } = time(index, 'segment', () => segmentNotice(source));
      return { source, metadata, segmentation, diagnostics: [...metadataDiagnostics, ...segmentDiagnostics] };
    }),
  );
  const tokenized = segmented.map((notice, index) =>
    notice instanceof StageFailure
      ? notice
      : failureOf(() => ({ ...notice, tokens: time(index, 'tokenize', () => notice.segmentation.problems.map((problem) => tokenizeProblem(problem, tokenizer))) })),
  );
  return tokenized.map((notice, index) =>
    notice instanceof StageFailure
      ? notice
      : failureOf(() => ({ ...notice, taggings: time(index, 'tag', () => notice.segmentation.problems.map((problem, position) => tagProblem(problem, notice.tokens[position], taxonomy))) })),
  );
}

function failureOf<T>(work: () => T): T | StageFailure {
  try {
    return work();
  } catch (error) {
    if (error instanceof StageFailure) return error;
    throw error;
  }
}
