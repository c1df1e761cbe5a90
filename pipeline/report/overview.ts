import { escapeHtml } from './escape';
import { formatCount, LEVEL_ORDER, levelLabel } from './format';
import type { ReportSection } from './section';
import { missingTableNote } from './section';
import { DATE_COLUMNS, type NoticeSummary } from './notice-summary';
import type { ProblemDigest } from './problem-digest';
import { textOf, type TableRecords } from './table-records';
import { ALL_AGENCIES } from '../aggregate/category-by-agency';

/** The tables the overview reads, the notice table as its summary and the problem table as its digest; any of them may be missing. */
export interface OverviewTables {
  notices: NoticeSummary | null;
  problems: ProblemDigest | null;
  categoryByAgency: TableRecords | null;
}

interface Figure {
  label: string;
  value: string;
  detail: string;
}

/** The corpus at a glance: notices, agencies, problems, measures and the period the notices cover. */
export function overviewSection(tables: OverviewTables): ReportSection {
  const { notices } = tables;
  if (!notices) return { id: 'overview', title: '概览', html: missingTableNote('notices') };
  const figures: Figure[] = [
    { label: '通报', value: formatCount(notices.notices), detail: levelBreakdown(notices) },
    agencyFigure(tables),
    problemFigure(tables),
    measureFigure(notices),
    periodFigure(notices),
  ];
  const cards = figures
    .map(
      (figure) =>
        `<div class="figure"><dt>${escapeHtml(figure.label)}</dt><dd><span class="figure-value">${escapeHtml(figure.value)}</span><span class="figure-detail">${escapeHtml(figure.detail)}</span></dd></div>`,
    )
    .join('\n');
  return { id: 'overview', title: '概览', html: `<dl class="figures">\n${cards}\n</dl>` };
}

/** `省级 1 · 市级 3 · 区县级 1`: how many notices concern each level. */
function levelBreakdown(notices: NoticeSummary): string {
  const { levels } = notices.levels;
  return LEVEL_ORDER.filter((level) => levels.has(level))
    .map((level) => `${levelLabel(level)} ${formatCount(levels.get(level)?.problemCounts.length ?? 0)}`)
    .join(' · ');
}

/**
 * Agencies as the heat map counts them when its table is there; otherwise the distinct
 * agencies of the notices, a notice without a recognised agency standing for its own.
 */
function agencyFigure(tables: OverviewTables): Figure {
  const byAgency = tables.categoryByAgency;
  const count = byAgency
    ? byAgency.records.filter((record) => textOf(record.agency) !== ALL_AGENCIES).length
    : (tables.notices?.agencies ?? 0);
  return { label: '被巡视巡察单位', value: formatCount(count), detail: '按单位名称合并' };
}

/** Leaf problems, so that a finding detailed in sub-problems is counted once. */
function problemFigure(tables: OverviewTables): Figure {
  const { problems, notices } = tables;
  if (problems) {
    const { leaves } = problems;
    const parents = problems.problems - leaves;
    const detail = parents > 0 ? `按末级问题计（另有 ${formatCount(parents)} 条上级问题）` : '按末级问题计';
    return { label: '问题', value: formatCount(leaves), detail };
  }
  return { label: '问题', value: formatCount(notices?.extractedProblems ?? 0), detail: '按各通报的一级问题计' };
}

function measureFigure(notices: NoticeSummary): Figure {
  const { extractedMeasures: extracted, declaredMeasures: declared } = notices;
  const detail = declared > 0 ? `通报自述 ${formatCount(declared)} 条` : '按逐条列出的措施计';
  return { label: '整改措施', value: formatCount(extracted), detail };
}

const DATE_NAMES: Record<(typeof DATE_COLUMNS)[number], string> = { published_date: '发布日期', feedback_date: '反馈日期' };

/** The span of publication dates, or of feedback dates when no notice gives one. */
function periodFigure(notices: NoticeSummary): Figure {
  for (const column of DATE_COLUMNS) {
    const span = notices.dateSpans.get(column);
    if (!span) continue;
    const missing = notices.notices - span.dated;
    const detail = `按${DATE_NAMES[column]}${missing > 0 ? `；${formatCount(missing)} 份未注明` : ''}`;
    const value = span.earliest === span.latest ? span.earliest : `${span.earliest} 至 ${span.latest}`;
    return { label: '时间范围', value, detail };
  }
  return { label: '时间范围', value: '—', detail: '通报均未注明日期' };
}
