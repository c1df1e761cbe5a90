import { countAuditSection } from './count-audit';
import { heatMapLabels, heatMapSection } from './heat-map';
import { levelChartSection } from './level-chart';
import { overviewSection } from './overview';
import { renderPage } from './page';
import { problemTableSection } from './problem-table';
import { recurringSection } from './recurring';
import type { ReportInput } from './report-input';
import { tableRecords } from './table-records';

/**
 * The report as one self-contained HTML page. Pure: the same tables give the same bytes
 * (no clock, no randomness); a missing table leaves its section with a note.
 */
export function renderReport(input: ReportInput): string {
  const notices = tableRecords(input.tables, 'notices');
  const problems = tableRecords(input.tables, 'problems');
  const categoryByAgency = tableRecords(input.tables, 'category_by_agency');
  const recurring = tableRecords(input.tables, 'recurring_problems');
  const categoryLabels = categoryByAgency
    ? heatMapLabels(categoryByAgency, input.categories)
    : input.categories.map((category) => category.label);
  return renderPage([
    overviewSection({ notices, problems, categoryByAgency }),
    heatMapSection(categoryByAgency, input.categories),
    levelChartSection(notices, problems),
    recurringSection(recurring, problems),
    countAuditSection(notices),
    problemTableSection(problems, notices, categoryLabels),
  ]);
}
