/** The part of an html-to-text (htmlparser2) node this module reads. */
export interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}

/** One cell of a table: its text as lines, shared by every grid slot its rowspan and colspan cover. */
export interface GridCell {
  lines: string[];
}

const SECTION_TAGS = new Set(['thead', 'tbody', 'tfoot']);
const CELL_TAGS = new Set(['td', 'th']);
const LINE_TAGS = new Set(['p', 'div', 'li', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section']);
const SPACES = /[\s\u3000\u00a0]+/g;
// A table written with rowspan="1000" must not make a grid of a thousand rows.
const LONGEST_SPAN = 200;

/**
 * A `<table>` element → its rows, each an array of cells by column, with rowspan and colspan
 * spread over the slots they cover (the same `GridCell` in each), so that an area cell spanning
 * five rows is read in each of them. Rows of nested tables are not the table's rows.
 */
export function tableGrid(table: HtmlNode): GridCell[][] {
  const grid: GridCell[][] = [];
  tableRows(table).forEach((row, rowIndex) => {
    grid[rowIndex] ??= [];
    let column = 0;
    for (const cellNode of (row.children ?? []).filter((child) => child.type === 'tag' && CELL_TAGS.has(child.name ?? ''))) {
      while (grid[rowIndex][column] !== undefined) column++;
      const cell: GridCell = { lines: cellLines(cellNode) };
      const rowSpan = span(cellNode, 'rowspan');
      const columnSpan = span(cellNode, 'colspan');
      for (let down = 0; down < rowSpan; down++) {
        grid[rowIndex + down] ??= [];
        for (let across = 0; across < columnSpan; across++) grid[rowIndex + down][column + across] = cell;
      }
      column += columnSpan;
    }
  });
  // A rowspan reaching past the last row made rows of its own: they are no rows of the table.
  return grid.slice(0, tableRows(table).length).map((row) => Array.from(row, (cell) => cell ?? { lines: [] }));
}

function tableRows(table: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  for (const child of table.children ?? []) {
    if (child.type !== 'tag') continue;
    if (child.name === 'tr') rows.push(child);
    else if (SECTION_TAGS.has(child.name ?? '')) rows.push(...(child.children ?? []).filter((row) => row.type === 'tag' && row.name === 'tr'));
  }
  return rows;
}

function span(cell: HtmlNode, attribute: string): number {
  const value = Number.parseInt(cell.attribs?.[attribute] ?? '1', 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, LONGEST_SPAN) : 1;
}

/** A cell's text, one entry per paragraph or `<br>` line, spaces collapsed, empty lines dropped. */
export function cellLines(cell: HtmlNode): string[] {
  const pieces: string[] = [];
  collectText(cell, pieces);
  return pieces
    .join('')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line !== '');
}

function collectText(node: HtmlNode, pieces: string[]): void {
  if (node.type === 'text') {
    pieces.push(node.data ?? '');
    return;
  }
  if (node.type !== 'tag' || node.name === 'script' || node.name === 'style') return;
  if (node.name === 'br') {
    pieces.push('\n');
    return;
  }
  const breaks = LINE_TAGS.has(node.name ?? '');
  if (breaks) pieces.push('\n');
  for (const child of node.children ?? []) collectText(child, pieces);
  if (breaks) pieces.push('\n');
}
