import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../pipeline/report/parse-csv';
import { csvHeader, csvRows } from '../pipeline/write/csv';

describe('parseCsv', () => {
  it('parseCsv(text) drops the byte-order mark and reads CRLF records', () => {
    expect(parseCsv('\uFEFFnotice_id,title\r\n001,甲\r\n002,乙\r\n')).toEqual([['notice_id', 'title'], ['001', '甲'], ['002', '乙']]);
  });

  it('parseCsv(text) reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, ""c""","line one\r\nline two"\r\n"",x\r\n')).toEqual([['a', 'b, "c"', 'line one\r\nline two'], ['', 'x']]);
  });

  it('parseCsv(text) reads LF records, a last record without a line end and empty fields', () => {
    expect(parseCsv('a,,b\n,\nc')).toEqual([['a', '', 'b'], ['', ''], ['c']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });

  it('parseCsv(text, source) names the source and the line of a quote left open or text after a closing quote', () => {
    expect(() => parseCsv('a,b\r\nc,"open\r\n', 'problems.csv')).toThrow('problems.csv: line 2: a quoted field is never closed');
    expect(() => parseCsv('a\r\nb\r\n"x"y,z\r\n', 'notices.csv')).toThrow('notices.csv: line 3: expected a comma or a line end after a closing quote');
  });

  it('parseCsv(text) gives what csv-parse gives for any table the run writes', () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', '甲', ',', '"', '\r', '\n', ' ', '=') }), fc.integer(), fc.constant(null));
    const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.record({
        columns: fc.array(fc.string({ minLength: 1, unit: fc.constantFrom('x', '列', ',', '"') }), { minLength: width, maxLength: width }),
        rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ columns, rows }) => {
        const text = csvHeader(columns) + csvRows(rows);
        expect(parseCsv(text)).toEqual(parse(text, { bom: true }));
      }),
    );
  });
});
