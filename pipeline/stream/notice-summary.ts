import type { AgencyLevel, Problem, ProcessedNotice, Region } from '../types';

/**
 * What the corpus-wide tables (category tables, recurring problems) read from a notice and
 * nothing more: kept in memory for every notice of a run, so it holds no text, body,
 * measure or body token.
 */
export interface NoticeSummary {
  noticeId: string;
  file: string;
  agency: string | null;
  level: AgencyLevel | null;
  region: Region;
  problems: ProblemSummary[];
}

export interface ProblemSummary {
  path: string;
  title: string;
  parent: string | null;
  leaf: boolean;
  primary: string;
  titleTokens: string[];
}

/** A processed notice → its summary for the corpus tables. */
export function summarizeNotice(notice: ProcessedNotice): NoticeSummary {
  const { metadata } = notice;
  return {
    noticeId: notice.source.noticeId,
    file: notice.source.file,
    agency: metadata.agency,
    level: metadata.level,
    region: { ...metadata.region },
    problems: notice.segmentation.problems.map((problem, index) => ({
      path: problem.path,
      title: problem.title,
      parent: problem.parent,
      leaf: problem.leaf,
      primary: notice.taggings[index]?.primary ?? '',
      titleTokens: notice.tokens[index]?.titleTokens ?? [],
    })),
  };
}

/**
 * A summary → a processed notice holding only what the summary keeps (empty texts, bodies,
 * measures and body tokens), so that the aggregate functions, which take processed notices,
 * build the corpus tables from summaries exactly as from the full notices.
 */
export function noticeFromSummary(summary: NoticeSummary): ProcessedNotice {
  const problems: Problem[] = summary.problems.map((problem) => ({
    path: problem.path,
    number: '',
    area: null,
    parent: problem.parent,
    title: problem.title,
    titleRaw: problem.title,
    status: null,
    leaf: problem.leaf,
    body: '',
    measures: [],
    truncated: false,
  }));
  return {
    source: { noticeId: summary.noticeId, file: summary.file, format: 'txt', encoding: '', sha256: '', bytes: 0, text: '' },
    metadata: {
      title: null,
      agency: summary.agency,
      publisher: null,
      region: summary.region,
      level: summary.level,
      inspectionKind: null,
      inspectionBody: null,
      inspectionRound: null,
      inspectionStart: null,
      inspectionEnd: null,
      feedbackDate: null,
      publishedDate: null,
      declared: {
        areas: null, problems: null, subProblems: null, tasks: null, measures: null, measuresCompleted: null,
        measuresBasicallyCompleted: null, rulesMade: null, moneyReturnedYuan: null, peopleDisciplined: null,
      },
    },
    segmentation: { areas: [], problems },
    tokens: summary.problems.map((problem) => ({ titleTokens: problem.titleTokens, bodyTokens: [] })),
    taggings: summary.problems.map((problem) => ({ primary: problem.primary, secondary: [], scores: {}, evidence: [] })),
    diagnostics: [],
  };
}
