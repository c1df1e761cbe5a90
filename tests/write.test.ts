import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { tableToCsv, writeTableCsv } from '../pipeline/write/csv';
import { codePointCount, countCheck, daysBetween, extractedCounts } from '../pipeline/write/notice-tables';
import type { DeclaredCounts, Problem } from '../pipeline/types';

describe('tableToCsv', () => {
  const table = {
    name: 'sample',
    columns: ['title', 'count', 'note'],
    rows: [
      ['财务内控薄弱, "三重一大"', 3, null],
      ['=SUM(A1:A2)', -2, '第一行\n第二行'],
      ['@cmd', 0.25, '+86'],
    ],
  };

  it('starts with a UTF-8 byte-order mark and one header row, CRLF between records', () => {
    const csv = tableToCsv(table);
    expect(csv.startsWith('\uFEFFtitle,count,note\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes by RFC 4180 so that the cells read back as written', () => {
    const records = parse(tableToCsv(table), { bom: true });
    expect(records[1]).toEqual(['财务内控薄弱, "三重一大"', '3', '']);
    expect(records[2][2]).toBe('第一行\n第二行');
  });

  it('writes numbers as plain numbers and makes text that starts like a formula inert', () => {
    const records = parse(tableToCsv(table), { bom: true });
    expect(records[2].slice(0, 2)).toEqual(["'=SUM(A1:A2)", '-2']);
    expect(records[3]).toEqual(["'@cmd", '0.25', "'+86"]);
  });

  it('writeTableCsv leaves only the finished file behind', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'notices-csv-'));
    const file = await writeTableCsv(table, folder);
    expect(readdirSync(folder)).toEqual(['sample.csv']);
    expect(readFileSync(file, 'utf8')).toBe(tableToCsv(table));
  });
});

const declaredNone: DeclaredCounts = {
  areas: null, problems: null, subProblems: null, tasks: null, measures: null, measuresCompleted: null,
  measuresBasicallyCompleted: null, rulesMade: null, moneyReturnedYuan: null, peopleDisciplined: null,
};

const problem = (path: string, parent: string | null, leaf: boolean, measures: number): Problem => ({
  path, number: '', area: null, parent, title: path, titleRaw: path, status: null, leaf, body: '', truncated: false,
  measures: Array.from({ length: measures }, (_, index) => ({ order: index + 1, text: `m${index}` })),
});

describe('count check', () => {
  const problems = [problem('二.1', null, false, 0), problem('二.1.(1)', '二.1', true, 2), problem('二.1.(2)', '二.1', true, 3), problem('二.2', null, true, 1)];

  it('extractedCounts counts top-level problems, sub-problems and the measures of leaves', () => {
    expect(extractedCounts(problems, 0)).toEqual({ areas: 0, problems: 2, subProblems: 2, measures: 6 });
  });

  it('countCheck says ok, undeclared, or which declared counts differ', () => {
    const extracted = extractedCounts(problems, 0);
    expect(countCheck(declaredNone, extracted)).toBe('undeclared');
    expect(countCheck({ ...declaredNone, problems: 2, measures: 6 }, extracted)).toBe('ok');
    expect(countCheck({ ...declaredNone, problems: 3, subProblems: 2, measures: 9 }, extracted)).toBe('mismatch: problems 3≠2; measures 9≠6');
  });

  it('daysBetween counts whole days across a year end and is null without both dates', () => {
    expect(daysBetween('2021-12-03', '2022-01-21')).toBe(49);
    expect(daysBetween(null, '2022-01-21')).toBeNull();
  });
});

describe('codePointCount(text)', () => {
  it('counts characters as for…of does: a surrogate pair as one, a lone surrogate as one', () => {
    for (const text of ['', '巡察整改', '𠀀字', 'a\ud800', '\udc00\ud800b', '😀😀x\ud83d']) {
      expect(codePointCount(text)).toBe([...text].length);
    }
    expect(codePointCount('𠀀字')).toBe(2);
  });
});
