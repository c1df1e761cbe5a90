import { ALL_AGENCIES } from '../aggregate/category-by-agency';
import type { CategoryLabel } from '../write/notice-tables';
import { escapeHtml } from './escape';
import { formatCount, formatShare, levelLabel } from './format';
import { EMPTY_CELL_COLOUR, heatColour, textColourOn } from './palette';
import { emptyTableNote, missingTableNote, type ReportSection } from './section';
import { numberOf, textOf, type TableRecords } from './table-records';
import { fitText, textWidth } from './text-width';

const FONT_SIZE = 13;
const ROW_HEIGHT = 28;
const HEADER_HEIGHT = 34;
const CELL_WIDTH = 92;
const LEVEL_WIDTH = 64;
const COUNT_WIDTH = 56;
const MAX_LABEL_WIDTH = 360;
const GAP = 10;

interface HeatRow {
  agency: string;
  level: string;
  problems: number;
  cells: { label: string; count: number; share: number | null }[];
}

/** The heat map of categories by agency: each cell the share of the agency's problems in that category, the count beside it. */
export function heatMapSection(table: TableRecords | null, categories: readonly CategoryLabel[]): ReportSection {
  const section = { id: 'heat-map', title: '各单位问题类别分布' };
  if (!table) return { ...section, html: missingTableNote('category_by_agency') };
  const labels = heatMapLabels(table, categories);
  const rows = table.records.map((record): HeatRow => ({
    agency: textOf(record.agency),
    level: textOf(record.level),
    problems: numberOf(record.problems) ?? 0,
    cells: labels.map((label) => ({
      label,
      count: numberOf(record[label]) ?? 0,
      share: numberOf(record[`${label}_share`]),
    })),
  }));
  const agencies = rows.filter((row) => row.agency !== ALL_AGENCIES);
  if (agencies.length === 0 || labels.length === 0) {
    return { ...section, html: emptyTableNote('没有可以分类的问题。') };
  }
  const total = rows.find((row) => row.agency === ALL_AGENCIES) ?? null;
  const intro = `<p class="intro">每格为该单位问题中主类别属于该类的比例（颜色越深比例越高），括号内为条数；鼠标悬停可见详情。共 ${formatCount(agencies.length)} 个单位。</p>`;
  return { ...section, html: `${intro}\n<div class="chart-scroll">${heatMapSvg(agencies, total, labels)}</div>\n${legendSvg()}` };
}

/**
 * The category labels to draw, in taxonomy order: those whose columns the table has. A
 * table written with another taxonomy still shows, from its own `<label>_share` columns.
 */
export function heatMapLabels(table: TableRecords, categories: readonly CategoryLabel[]): string[] {
  const present = categories.map((category) => category.label).filter((label) => table.columns.includes(label));
  if (present.length > 0) return present;
  return table.columns
    .filter((column) => column.endsWith('_share'))
    .map((column) => column.slice(0, -'_share'.length))
    .filter((label) => table.columns.includes(label));
}

function heatMapSvg(agencies: HeatRow[], total: HeatRow | null, labels: string[]): string {
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(80, ...agencies.map((row) => textWidth(row.agency, FONT_SIZE))) + 12);
  const cellsLeft = labelWidth + LEVEL_WIDTH + COUNT_WIDTH;
  const width = cellsLeft + labels.length * CELL_WIDTH;
  const rowTop = (index: number) => HEADER_HEIGHT + index * ROW_HEIGHT;
  const totalTop = rowTop(agencies.length) + GAP;
  const height = total ? totalTop + ROW_HEIGHT : rowTop(agencies.length);

  const header = [
    headerText('单位', 0, 'start'),
    headerText('级别', labelWidth + LEVEL_WIDTH / 2, 'middle'),
    headerText('问题', labelWidth + LEVEL_WIDTH + COUNT_WIDTH / 2, 'middle'),
    ...labels.map((label, index) => headerText(label, cellsLeft + index * CELL_WIDTH + CELL_WIDTH / 2, 'middle')),
  ].join('');
  const body = agencies.map((row, index) => heatRow(row, rowTop(index), labelWidth, 'heat-row')).join('\n');
  const totalRow = total ? heatRow({ ...total, agency: '全部单位' }, totalTop, labelWidth, 'heat-total') : '';

  return `<svg class="heat-map" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="各单位问题类别分布热力图" font-size="${FONT_SIZE}">
<g class="heat-header">${header}</g>
${body}
${totalRow}
</svg>`;
}

function headerText(text: string, x: number, anchor: 'start' | 'middle'): string {
  return `<text x="${x}" y="${HEADER_HEIGHT - 12}" text-anchor="${anchor}" font-weight="bold">${escapeHtml(text)}</text>`;
}

function heatRow(row: HeatRow, top: number, labelWidth: number, kind: 'heat-row' | 'heat-total'): string {
  const middle = top + ROW_HEIGHT / 2 + FONT_SIZE / 2 - 2;
  const shown = fitText(row.agency, labelWidth - 12, FONT_SIZE);
  const cellsLeft = labelWidth + LEVEL_WIDTH + COUNT_WIDTH;
  const cells = row.cells.map((cell, index) => heatCell(row, cell, cellsLeft + index * CELL_WIDTH, top)).join('');
  const level = kind === 'heat-total' ? '' : levelLabel(row.level);
  return `<g class="${kind}" data-agency="${escapeHtml(row.agency)}"${kind === 'heat-total' ? ' font-weight="bold"' : ''}>` +
    `<title>${escapeHtml(row.agency)}</title>` +
    `<text x="0" y="${middle}">${escapeHtml(shown)}</text>` +
    `<text x="${labelWidth + LEVEL_WIDTH / 2}" y="${middle}" text-anchor="middle" class="muted">${escapeHtml(level)}</text>` +
    `<text x="${labelWidth + LEVEL_WIDTH + COUNT_WIDTH / 2}" y="${middle}" text-anchor="middle">${formatCount(row.problems)}</text>` +
    `${cells}</g>`;
}

function heatCell(row: HeatRow, cell: HeatRow['cells'][number], left: number, top: number): string {
  const fill = cell.count > 0 && cell.share !== null ? heatColour(cell.share) : EMPTY_CELL_COLOUR;
  // A zero stays quiet, so that the eye goes to the categories an agency actually has.
  const text = cell.share === null ? '—' : cell.count === 0 ? '0' : `${formatShare(cell.share)} (${formatCount(cell.count)})`;
  const hover = `${row.agency} · ${cell.label}：${formatCount(cell.count)} 条，占该单位问题的 ${formatShare(cell.share)}`;
  return `<g class="heat-cell"><title>${escapeHtml(hover)}</title>` +
    `<rect x="${left + 1}" y="${top + 1}" width="${CELL_WIDTH - 2}" height="${ROW_HEIGHT - 2}" fill="${fill}"/>` +
    `<text x="${left + CELL_WIDTH / 2}" y="${top + ROW_HEIGHT / 2 + FONT_SIZE / 2 - 2}" text-anchor="middle" fill="${textColourOn(fill)}">${escapeHtml(text)}</text></g>`;
}

/** A gradient bar from 0% to 100% with the colours of the cells. */
function legendSvg(): string {
  const width = 240;
  const stops = [0, 1, 2, 3, 4, 5, 6, 7, 8]
    .map((step) => `<stop offset="${(step / 8) * 100}%" stop-color="${heatColour(step / 8)}"/>`)
    .join('');
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map((share) => `<text x="${20 + share * width}" y="40" text-anchor="middle">${formatShare(share)}</text>`)
    .join('');
  return `<svg class="legend" xmlns="http://www.w3.org/2000/svg" width="${width + 140}" height="46" viewBox="0 0 ${width + 140} 46" role="img" aria-label="颜色图例：比例由低到高" font-size="12">
<defs><linearGradient id="heat-legend-gradient" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient></defs>
<rect x="20" y="8" width="${width}" height="16" fill="url(#heat-legend-gradient)"/>${ticks}
<rect x="${width + 40}" y="8" width="16" height="16" fill="${EMPTY_CELL_COLOUR}" stroke="#999999"/><text x="${width + 62}" y="21">无此类问题</text>
</svg>`;
}
