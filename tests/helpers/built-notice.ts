import type { ProcessedNotice } from '../../pipeline/types';

/** A problem of a hand-built notice: path, primary category, title tokens, and optionally a parent path, body and body tokens. */
export interface BuiltProblem {
  path: string;
  primary: string;
  titleTokens: string[];
  parent?: string;
  body?: string;
  bodyTokens?: string[];
}

/**
 * A processed notice built by hand for aggregate tests: only what the aggregate stage
 * reads is filled in. A problem is a leaf unless another one names it as parent.
 */
export function builtNotice(
  noticeId: string,
  agency: string | null,
  problems: BuiltProblem[],
  place: Partial<ProcessedNotice['metadata']['region']> & { level?: ProcessedNotice['metadata']['level'] } = {},
): ProcessedNotice {
  const parents = new Set(problems.map((problem) => problem.parent).filter((parent) => parent !== undefined));
  return {
    source: { noticeId, file: `${noticeId}.txt`, format: 'txt', encoding: 'UTF-8', sha256: '', bytes: 0, text: '' },
    metadata: {
      title: null, agency, publisher: null,
      region: { province: place.province ?? null, city: place.city ?? null, district: place.district ?? null },
      level: place.level ?? null,
      inspectionKind: null, inspectionBody: null, inspectionRound: null, inspectionStart: null,
      inspectionEnd: null, feedbackDate: null, publishedDate: null,
      declared: {
        areas: null, problems: null, subProblems: null, tasks: null, measures: null, measuresCompleted: null,
        measuresBasicallyCompleted: null, rulesMade: null, moneyReturnedYuan: null, peopleDisciplined: null,
      },
    },
    segmentation: {
      areas: [],
      problems: problems.map((problem) => ({
        path: problem.path,
        number: problem.path.split('.').pop() ?? problem.path,
        area: null,
        parent: problem.parent ?? null,
        title: problem.titleTokens.join(''),
        titleRaw: problem.titleTokens.join(''),
        status: null,
        leaf: !parents.has(problem.path),
        body: problem.body ?? '',
        measures: [],
        truncated: false,
      })),
    },
    tokens: problems.map((problem) => ({ titleTokens: problem.titleTokens, bodyTokens: problem.bodyTokens ?? [] })),
    taggings: problems.map((problem) => ({ primary: problem.primary, secondary: [], scores: {}, evidence: [] })),
    diagnostics: [],
  };
}
