import { escapeHtml } from './escape';
import { formatCount, formatMean, LEVEL_ORDER, levelLabel } from './format';
import { niceTicks } from './nice-ticks';
import { BAR_COLOUR, POINT_COLOUR } from './palette';
import { emptyTableNote, missingTableNote, type ReportSection } from './section';
import type { LevelNotices } from './level-notices';
import type { NoticeSummary } from './notice-summary';
import type { ProblemDigest } from './problem-digest';

const LABEL_WIDTH = 90;
const PLOT_WIDTH = 520;
const NOTE_WIDTH = 170;
const ROW_HEIGHT = 46;
const TOP = 12;
const AXIS_HEIGHT = 34;

/**
 * The most points a level draws. A national corpus has tens of thousands of notices a level;
 * past this the points are picked evenly along the problem counts (the smallest and largest
 * always among them), so that the spread still shows and the page still opens quickly.
 */
export const MAXIMUM_POINTS_PER_LEVEL = 1_000;

interface NoticeCount {
  agency: string;
  problems: number;
}

interface LevelRow {
  level: string;
  /** The level's notices, each a problem count and a name. */
  notices: LevelNotices;
  /** The names the notices are drawn with. */
  names: readonly string[];
  mean: number;
}

/**
 * Problems per notice by level: a bar for the mean, a point for each notice. Leaf problems
 * are counted when the summary was drawn with the problem table (`problems` is then there),
 * so that a finding detailed in sub-problems counts once; otherwise each notice's count of
 * top-level problems stands in.
 */
export function levelChartSection(notices: NoticeSummary | null, problems: ProblemDigest | null, maximumPoints = MAXIMUM_POINTS_PER_LEVEL): ReportSection {
  const section = { id: 'levels', title: '各级别单位每份通报的问题数' };
  if (!notices) return { ...section, html: missingTableNote('notices') };
  const rows = levelRows(notices);
  if (rows.length === 0) return { ...section, html: emptyTableNote('没有通报。') };
  const basis = problems ? '末级问题' : '一级问题';
  const sampled = rows.some((row) => row.notices.problemCounts.length > maximumPoints)
    ? `每个级别最多画 ${formatCount(maximumPoints)} 个圆点，按问题数均匀抽取；均值和份数按全部通报计算。`
    : '';
  const intro = `<p class="intro">横条为该级别每份通报的平均${basis}数，圆点为单份通报（悬停可见单位名称）。${sampled}</p>`;
  return { ...section, html: `${intro}\n<div class="chart-scroll">${levelSvg(rows, maximumPoints)}</div>` };
}

/** Each level's notices with their problem counts and mean, levels from the top down. */
export function levelRows(notices: NoticeSummary): LevelRow[] {
  const { levels, names } = notices.levels;
  return LEVEL_ORDER.flatMap((level) => {
    const list = levels.get(level);
    return list ? [{ level, notices: list, names, mean: list.problemSum / list.problemCounts.length }] : [];
  });
}

function levelSvg(rows: LevelRow[], maximumPoints: number): string {
  // A loop, not Math.max(...counts): a corpus of 10^5 notices is more arguments than a call takes.
  let maximum = 1;
  for (const row of rows) for (const problems of row.notices.problemCounts) maximum = Math.max(maximum, problems);
  const ticks = niceTicks(maximum);
  const scaleEnd = ticks[ticks.length - 1];
  const x = (value: number) => LABEL_WIDTH + (value / scaleEnd) * PLOT_WIDTH;
  const width = LABEL_WIDTH + PLOT_WIDTH + NOTE_WIDTH;
  const plotBottom = TOP + rows.length * ROW_HEIGHT;
  const height = plotBottom + AXIS_HEIGHT;

  const grid = ticks
    .map((tick) => `<line x1="${x(tick)}" x2="${x(tick)}" y1="${TOP}" y2="${plotBottom}" stroke="#dddddd"/>` +
      `<text x="${x(tick)}" y="${plotBottom + 16}" text-anchor="middle">${formatCount(tick)}</text>`)
    .join('');
  const bars = rows.map((row, index) => levelRow(row, TOP + index * ROW_HEIGHT, x, maximumPoints)).join('\n');
  return `<svg class="level-chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="各级别单位每份通报的问题数" font-size="12">
<g class="axis">${grid}<text x="${LABEL_WIDTH + PLOT_WIDTH / 2}" y="${plotBottom + 31}" text-anchor="middle">每份通报的问题数</text></g>
${bars}
</svg>`;
}

function levelRow(row: LevelRow, top: number, x: (value: number) => number, maximumPoints: number): string {
  const middle = top + ROW_HEIGHT / 2;
  // Points sit on three lanes in notice order, so that equal counts do not hide each other.
  const points = pointsShown(row, maximumPoints)
    .map((notice, index) => `<circle cx="${x(notice.problems)}" cy="${middle - 8 + (index % 3) * 8}" r="4" fill="${POINT_COLOUR}" fill-opacity="0.8" stroke="#ffffff" stroke-width="0.8"><title>${escapeHtml(`${notice.agency}：${formatCount(notice.problems)} 条`)}</title></circle>`)
    .join('');
  const note = `均值 ${formatMean(row.mean)} · ${formatCount(row.notices.problemCounts.length)} 份`;
  return `<g class="level-row" data-level="${escapeHtml(row.level)}">` +
    `<text x="0" y="${middle + 4}" font-size="13">${escapeHtml(levelLabel(row.level))}</text>` +
    `<rect x="${x(0)}" y="${middle - 11}" width="${x(row.mean) - x(0)}" height="22" fill="${BAR_COLOUR}" fill-opacity="0.35" stroke="${BAR_COLOUR}"><title>${escapeHtml(`${levelLabel(row.level)}：${note}`)}</title></rect>` +
    `${points}<text x="${LABEL_WIDTH + PLOT_WIDTH + 12}" y="${middle + 4}">${escapeHtml(note)}</text></g>`;
}

/** The notices a level draws: all of them, or `maximum` picked evenly along their problem counts, in notice order. */
function pointsShown(row: LevelRow, maximum: number): NoticeCount[] {
  const { problemCounts, nameIndexes } = row.notices;
  const pointOf = (order: number): NoticeCount => ({ agency: row.names[nameIndexes[order]], problems: problemCounts[order] });
  if (problemCounts.length <= maximum) return problemCounts.map((_, order) => pointOf(order));
  // Places in notice order, sorted by count (ties in notice order): one number a notice, for the time of the sort.
  const byCount = Array.from(problemCounts.keys()).sort((left, right) => problemCounts[left] - problemCounts[right] || left - right);
  const picked = Array.from({ length: maximum }, (_, index) => byCount[Math.round((index * (byCount.length - 1)) / (maximum - 1))]);
  return picked.sort((left, right) => left - right).map(pointOf);
}
