import type { Problem, ProcessedNotice, Tagging, TokenizedProblem } from '../types';
import { agencyName } from './agency';

/** A finding counted once: a problem that no other problem details, with what it belongs to. */
export interface LeafProblem {
  /** `noticeId#path`, unique across the corpus. */
  id: string;
  notice: ProcessedNotice;
  agency: string;
  problem: Problem;
  tokens: TokenizedProblem;
  tagging: Tagging;
  /** The problem this one details, in two-level notices; `null` otherwise. */
  parent: { problem: Problem; tokens: TokenizedProblem } | null;
}

/**
 * The leaf problems of all notices in reading order. Parents are left out because in a
 * two-level notice a parent and its children report the same findings: counting both
 * would count them twice.
 */
export function listLeafProblems(notices: readonly ProcessedNotice[]): LeafProblem[] {
  const leaves: LeafProblem[] = [];
  for (const notice of notices) {
    const { problems } = notice.segmentation;
    const indexByPath = new Map(problems.map((problem, index) => [problem.path, index]));
    problems.forEach((problem, index) => {
      if (!problem.leaf) return;
      const parentIndex = problem.parent === null ? undefined : indexByPath.get(problem.parent);
      leaves.push({
        id: problemId(notice, problem),
        notice,
        agency: agencyName(notice),
        problem,
        tokens: notice.tokens[index] ?? { titleTokens: [], bodyTokens: [] },
        tagging: notice.taggings[index],
        parent:
          parentIndex === undefined
            ? null
            : {
                problem: problems[parentIndex],
                tokens: notice.tokens[parentIndex] ?? { titleTokens: [], bodyTokens: [] },
              },
      });
    });
  }
  return leaves;
}

/** The id of a problem across the corpus: `noticeId#path`, as in the gold files. */
export function problemId(notice: ProcessedNotice, problem: Problem): string {
  return `${notice.source.noticeId}#${problem.path}`;
}
