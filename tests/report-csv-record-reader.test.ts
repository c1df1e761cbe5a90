import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordReader, forEachCsvRecord } from '../pipeline/report/csv-record-reader';
import { parseCsv } from '../pipeline/report/parse-csv';
import { tableToCsv } from '../pipeline/write/csv';

/** A table as the run writes it: byte-order mark, CRLF, quoted fields with commas, quotes, line breaks and Chinese. */
const AWKWARD = tableToCsv({
  name: 'problems',
  columns: ['problem_id', 'title', 'evidence'],
  rows: [
    ['a#一', '标题,带逗号', '党建: "意识形态" [title]'],
    ['a#二', '第一行\r\n第二行', ''],
    ['b#1', '"', 'x\ny'],
    ['b#2', null, 12],
    ['c#𠀀', '扩展区汉字𠀀', '末行'],
  ],
});

/** The records the reader gives for `bytes` cut at `cuts` (byte offsets, ascending). */
function readInChunks(bytes: Uint8Array, cuts: readonly number[], source?: string): string[][] {
  const reader = new CsvRecordReader(source);
  const records: string[][] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    records.push(...reader.push(bytes.subarray(start, cut)));
    start = cut;
  }
  records.push(...reader.end());
  return records;
}

describe('CsvRecordReader', () => {
  const bytes = Buffer.from(AWKWARD, 'utf8');
  const whole = parseCsv(AWKWARD);

  it('push(chunk) and end() give the records parseCsv gives, cut once at every byte', () => {
    expect(whole).toHaveLength(6);
    for (let cut = 0; cut <= bytes.length; cut++) expect(readInChunks(bytes, [cut]), `cut at byte ${cut}`).toEqual(whole);
  });

  it('push(chunk) and end() give the records parseCsv gives, one byte a chunk', () => {
    expect(readInChunks(bytes, [...bytes.keys()].slice(1))).toEqual(whole);
  });

  it('push(chunk) gives a record as soon as its line feed arrives and keeps the open one', () => {
    const reader = new CsvRecordReader();
    const betweenCarriageReturnAndLineFeed = Buffer.byteLength(AWKWARD.slice(0, AWKWARD.indexOf('\r\na#二') + 1));
    const quoteOpen = Buffer.byteLength(AWKWARD.slice(0, AWKWARD.indexOf('第一行')));
    expect(betweenCarriageReturnAndLineFeed).toBeGreaterThan(0);
    // The cuts fall between CR and LF, inside a quoted field, and inside a three-byte character.
    expect(reader.push(bytes.subarray(0, betweenCarriageReturnAndLineFeed))).toEqual([whole[0]]);
    expect(reader.push(bytes.subarray(betweenCarriageReturnAndLineFeed, quoteOpen + 4))).toEqual([whole[1]]);
    expect(reader.push(bytes.subarray(quoteOpen + 4))).toEqual(whole.slice(2));
    expect(reader.end()).toEqual([]);
  });

  it('push(chunk) reads a last record without a line end only at end()', () => {
    const reader = new CsvRecordReader();
    expect(reader.push(Buffer.from('a,b\r\nc,"d'))).toEqual([['a', 'b']]);
    expect(reader.push(Buffer.from('"'))).toEqual([]);
    expect(reader.end()).toEqual([['c', 'd']]);
  });

  it('end() names the source and the line of the file where a quoted field is never closed', () => {
    const text = Buffer.from('a,b\r\n"x\r\ny",z\r\nc,"open\r\n');
    expect(() => readInChunks(text, [7, 15], 'problems.csv')).toThrow('problems.csv: line 4: a quoted field is never closed');
    expect(() => readInChunks(Buffer.from('a\r\nb\r\n"x"y,z\r\n'), [4, 8], 'notices.csv')).toThrow('notices.csv: line 3: expected a comma or a line end after a closing quote');
  });

  it('push(chunk) and end() give the records parseCsv gives for any table cut anywhere', () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', '甲', '𠀀', ',', '"', '\r', '\n', ' ') }), fc.integer(), fc.constant(null));
    const table = fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 8 }), (rows, offsets) => {
        const text = tableToCsv({ name: 'table', columns: rows[0].map((_, index) => `column${index}`), rows });
        const encoded = Buffer.from(text, 'utf8');
        const cuts = [...new Set(offsets.map((offset) => offset % (encoded.length + 1)))].sort((left, right) => left - right);
        expect(readInChunks(encoded, cuts)).toEqual(parseCsv(text));
      }),
    );
  });
});

describe('forEachCsvRecord', () => {
  it('forEachCsvRecord(chunks, source, visit) visits every record in order', async () => {
    async function* chunks() {
      yield Buffer.from('\uFEFFid,title\r\n1,"甲');
      yield Buffer.from('\r\n乙"\r\n2,丙\r');
      yield Buffer.from('\n');
    }
    const visited: string[][] = [];
    await forEachCsvRecord(chunks(), 'problems.csv', (record) => visited.push(record));
    expect(visited).toEqual([['id', 'title'], ['1', '甲\r\n乙'], ['2', '丙']]);
  });
});
