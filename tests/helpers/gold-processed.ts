import type { NoticeMetadata, Problem, ProcessedNotice } from '../../pipeline/types';
import type { GoldNotice } from './seeds';

/**
 * The gold notices as processed notices: gold problems, titles cut by `cut`, gold primary
 * and secondary categories and gold agency and region. No bodies: the gold has none.
 */
export function goldProcessedNotices(gold: readonly GoldNotice[], cut: (text: string) => string[]): ProcessedNotice[] {
  return gold.map((notice) => {
    // The gold ids start with the file's three-digit prefix, not its whole name.
    const noticeId = notice.file.slice(0, 3);
    const problems: Problem[] = notice.problems.map((problem) => ({
      path: problem.path,
      number: problem.number,
      area: problem.area,
      parent: problem.parent === null ? null : problem.parent.slice(problem.parent.indexOf('#') + 1),
      title: problem.title,
      titleRaw: problem.title_raw,
      status: problem.status,
      leaf: problem.leaf,
      body: '',
      measures: [],
      truncated: false,
    }));
    return {
      source: { noticeId, file: notice.file, format: 'txt', encoding: 'UTF-8', sha256: '', bytes: 0, text: '' },
      metadata: goldMetadata(notice),
      segmentation: { areas: notice.areas.map((area) => ({ ...area, number: '' })), problems },
      tokens: problems.map((problem) => ({ titleTokens: cut(problem.title), bodyTokens: [] })),
      taggings: notice.problems.map((problem) => ({
        primary: problem.primary,
        secondary: problem.secondary,
        scores: {},
        evidence: [],
      })),
      diagnostics: [],
    };
  });
}

function goldMetadata(notice: GoldNotice): NoticeMetadata {
  const declared = notice.declared;
  return {
    title: notice.title,
    agency: notice.agency,
    publisher: notice.publisher,
    region: notice.region,
    level: notice.level as NoticeMetadata['level'],
    inspectionKind: notice.inspection_kind as NoticeMetadata['inspectionKind'],
    inspectionBody: notice.inspection_body,
    inspectionRound: notice.inspection_round,
    inspectionStart: notice.inspection_start,
    inspectionEnd: notice.inspection_end,
    feedbackDate: notice.feedback_date,
    publishedDate: notice.published_date,
    declared: {
      areas: declared.areas ?? null,
      problems: declared.problems ?? null,
      subProblems: declared.sub_problems ?? null,
      tasks: declared.tasks ?? null,
      measures: declared.measures ?? null,
      measuresCompleted: declared.measures_completed ?? null,
      measuresBasicallyCompleted: declared.measures_basically_completed ?? null,
      rulesMade: declared.rules_made ?? null,
      moneyReturnedYuan: declared.money_returned_yuan ?? null,
      peopleDisciplined: declared.people_disciplined ?? null,
    },
  };
}

/** Pairs of one group's problems from different notices, as `a|b` keys with `a < b` (the gold README's definition). */
export function crossNoticePairs(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    for (const left of group) {
      for (const right of group) {
        if (left < right && left.split('#')[0] !== right.split('#')[0]) pairs.add(`${left}|${right}`);
      }
    }
  }
  return pairs;
}
