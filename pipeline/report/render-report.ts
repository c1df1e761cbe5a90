import { countAuditSection } from './count-audit';
import { heatMapLabels, heatMapSection } from './heat-map';
import { levelChartSection } from './level-chart';
import { noticeWants, summarizeNotices } from './notice-summary';
import { overviewSection } from './overview';
import { renderPage } from './page';
import { digestProblems } from './problem-digest';
import { MAXIMUM_PROBLEM_ROWS, problemTableSection } from './problem-table';
import { listedProblemIds, recurringSection } from './recurring';
import { recurringGroups } from './recurring-groups';
import type { ReportContent } from './report-content';
import type { ReportInput } from './report-input';
import { tableRecords } from './table-records';

/**
 * The report as one self-contained HTML page. Pure: the same tables give the same bytes
 * (no clock, no randomness); a missing table leaves its section with a note.
 */
export function renderReport(input: ReportInput): string {
  const recurring = recurringGroups(tableRecords(input.tables, 'recurring_problems'));
  const problemTable = input.tables.find((table) => table.name === 'problems');
  const noticeTable = input.tables.find((table) => table.name === 'notices');
  const wants = { firstProblems: MAXIMUM_PROBLEM_ROWS, groupMemberIds: listedProblemIds(recurring) };
  const problems = problemTable ? digestProblems(problemTable, wants) : null;
  return renderReportContent({
    notices: noticeTable ? summarizeNotices(noticeTable, noticeWants(problems)) : null,
    problems,
    categoryByAgency: tableRecords(input.tables, 'category_by_agency'),
    recurring,
    categories: input.categories,
  });
}

/** The report drawn from its content, the notice table already summarised and the problem table digested; the same bytes as `renderReport` on the same tables. */
export function renderReportContent(content: ReportContent): string {
  const { notices, problems, categoryByAgency, recurring } = content;
  const categoryLabels = categoryByAgency
    ? heatMapLabels(categoryByAgency, content.categories)
    : content.categories.map((category) => category.label);
  return renderPage([
    overviewSection({ notices, problems, categoryByAgency }),
    heatMapSection(categoryByAgency, content.categories),
    levelChartSection(notices, problems),
    recurringSection(recurring, problems),
    countAuditSection(notices),
    problemTableSection(problems, notices, categoryLabels),
  ]);
}
