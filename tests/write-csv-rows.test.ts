import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows, tableToCsv } from '../pipeline/write/csv';
import type { Cell } from '../pipeline/types';

// What tableToCsv wrote before the rows were formatted directly: csv-stringify on the cells made text.
function viaCsvStringify(rows: Cell[][]): string {
  if (rows.length === 0) return '';
  const text = (cell: Cell) =>
    cell === null ? '' : typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return stringify(rows.map((row) => row.map(text)), { record_delimiter: '\r\n', eof: true, quoted_match: /[\r\n]/ });
}

describe('csvRows(rows)', () => {
  it('gives the bytes csv-stringify gives for any cells (commas, quotes, CR, LF, formulas, numbers, null)', () => {
    const unit = fc.constantFrom('a', ',', '"', '\r', '\n', '中', ' ', '=', '-', '+', '@', '\t', "'");
    const cell = fc.oneof(fc.string({ unit, maxLength: 6 }), fc.double(), fc.integer(), fc.constant(null));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 4 }), (rows) => csvRows(rows) === viaCsvStringify(rows)), { numRuns: 2000 });
  });

  it('quotes a field with a comma, a quote or any line break and doubles its quotes', () => {
    expect(csvRows([['a,b', 'say "hi"', 'x\r\ny', 3, null]])).toBe('"a,b","say ""hi""","x\r\ny",3,\r\n');
    expect(csvRows([['第一行\n第二行', 'a\rb', 'plain']])).toBe('"第一行\n第二行","a\rb",plain\r\n');
  });
});

describe('csvHeader(columns) followed by csvRows chunks', () => {
  it('gives the same bytes as tableToCsv for the whole table', () => {
    const rows: Cell[][] = [['财务, 内控', 1], ['=1+1', null], ['第一行\n第二行', -2.5]];
    const table = { name: 'sample', columns: ['title', 'count'], rows };
    expect(csvHeader(table.columns) + csvRows(rows.slice(0, 1)) + csvRows([]) + csvRows(rows.slice(1))).toBe(tableToCsv(table));
  });
});
