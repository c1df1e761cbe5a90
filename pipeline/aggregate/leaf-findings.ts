import { agencyName } from './agency';
import { DEFAULT_FINDING_TERM_WEIGHTS, findingTerms, type FindingTermWeights } from './finding-terms';
import { listLeafProblems } from './leaf-problems';
import type { ProcessedNotice } from '../types';

/**
 * What the corpus-wide tables read from one leaf problem, as plain data: a worker computes it
 * beside the notice, so that the main thread keeps neither tokens nor texts.
 */
export interface LeafFinding {
  path: string;
  title: string;
  /** The title of the problem it details, or `null`: the finding terms come from both. */
  parentTitle: string | null;
  primary: string;
  /** Its finding words (`findingTerms`) and their weighted counts, in parallel. */
  words: string[];
  wordWeights: number[];
  /** The recurring findings it names and their weighted counts, in parallel. */
  concepts: string[];
  conceptWeights: number[];
}

/** What a notice gives the corpus-wide tables: its agency, where it is, and its leaf problems. */
export interface NoticeFindings {
  noticeId: string;
  /** As the tables name it (`agencyName`). */
  agency: string;
  level: ProcessedNotice['metadata']['level'];
  region: ProcessedNotice['metadata']['region'];
  leaves: LeafFinding[];
}

/** Options of the finding terms, for callers that tune the recurring grouping. */
export interface FindingOptions {
  stopWords?: ReadonlySet<string>;
  weights?: FindingTermWeights;
}

/** A processed notice → what the corpus-wide tables need of it. */
export function noticeFindings(notice: ProcessedNotice, options: FindingOptions = {}): NoticeFindings {
  const weights = options.weights ?? DEFAULT_FINDING_TERM_WEIGHTS;
  return {
    noticeId: notice.source.noticeId,
    agency: agencyName(notice),
    level: notice.metadata.level,
    region: { ...notice.metadata.region },
    leaves: listLeafProblems([notice]).map((leaf) => {
      const { words, concepts } = findingTerms(leaf, options.stopWords, weights);
      return {
        path: leaf.problem.path,
        title: leaf.problem.title,
        parentTitle: leaf.parent?.problem.title ?? null,
        primary: leaf.tagging.primary,
        words: [...words.keys()],
        wordWeights: [...words.values()],
        concepts: [...concepts.keys()],
        conceptWeights: [...concepts.values()],
      };
    }),
  };
}
