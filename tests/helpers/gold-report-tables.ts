import { categoryByAgency } from '../../pipeline/aggregate';
import type { ProcessedNotice, Table } from '../../pipeline/types';
import { noticesTable, problemsTable, problemId } from '../../pipeline/write/notice-tables';
import { goldProcessedNotices } from './gold-processed';
import { REPORT_CATEGORIES, tableFrom } from './report-tables';
import { readGold, readRecurringGold } from './seeds';

/**
 * The gold notices as processed notices, each leaf problem carrying as many measures as the
 * gold counts (their text is not in the gold), so that the measure counts are real.
 */
export function goldNoticesWithMeasures(): ProcessedNotice[] {
  const gold = readGold();
  return goldProcessedNotices(gold, (text) => [...text]).map((notice, noticeIndex) => ({
    ...notice,
    segmentation: {
      ...notice.segmentation,
      problems: notice.segmentation.problems.map((problem, index) => {
        const measures = problem.leaf ? gold[noticeIndex].problems[index].measures : 0;
        return { ...problem, measures: Array.from({ length: measures }, (_, order) => ({ order: order + 1, text: '' })) };
      }),
    },
  }));
}

/**
 * The tables the report reads, built from the gold: the write stage's notice and problem
 * tables, the aggregate's category-by-agency table, and the gold recurring groups in the
 * `recurring_problems` layout.
 */
export function goldReportTables(): Table[] {
  const notices = goldNoticesWithMeasures();
  return [
    noticesTable(notices),
    problemsTable(notices, REPORT_CATEGORIES, () => []),
    categoryByAgency(notices, REPORT_CATEGORIES),
    goldRecurringTable(notices),
  ];
}

function goldRecurringTable(notices: ProcessedNotice[]): Table {
  const labelOf = new Map(REPORT_CATEGORIES.map((category) => [category.key, category.label]));
  const problems = new Map(
    notices.flatMap((notice) =>
      notice.segmentation.problems.map((problem, index) => [problemId(notice, problem.path), { notice, problem, primary: notice.taggings[index].primary }]),
    ),
  );
  const records = readRecurringGold().groups.map((group, index) => {
    const members = group.problem_ids.map((id) => {
      const member = problems.get(id);
      if (!member) throw new Error(`recurring.json names ${id}, which seeds.json does not have`);
      return member;
    });
    const agencies = [...new Set(members.map((member) => member.notice.metadata.agency ?? ''))];
    return {
      group_id: `G${String(index + 1).padStart(2, '0')}`,
      category: labelOf.get(members[0].primary) ?? members[0].primary,
      representative_title: group.topic,
      agencies: agencies.length,
      notices: new Set(members.map((member) => member.notice.source.noticeId)).size,
      problems: members.length,
      agency_list: agencies.join('; '),
      problem_ids: group.problem_ids.join('; '),
      titles: members.map((member) => member.problem.title).join(' | '),
    };
  });
  return tableFrom('recurring_problems', ['group_id', 'category', 'representative_title', 'agencies', 'notices', 'problems', 'agency_list', 'problem_ids', 'titles'], records);
}
