import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport, writeReportFromOutputs } from '../pipeline/report';
import { countAuditSection, MAXIMUM_AUDIT_ROWS } from '../pipeline/report/count-audit';
import { noticeWants, summarizeNotices, type NoticeSummary } from '../pipeline/report/notice-summary';
import { readNoticeSummary } from '../pipeline/report/notice-summary-file';
import { parseCsv } from '../pipeline/report/parse-csv';
import { digestProblems } from '../pipeline/report/problem-digest';
import type { Cell, Table } from '../pipeline/types';
import { tableToCsv } from '../pipeline/write/csv';
import { NOTICE_COLUMNS, PROBLEM_COLUMNS } from '../pipeline/write/notice-tables';
import { buildReportTables, REPORT_CATEGORIES, tableFrom } from './helpers/report-tables';

const AGENCIES = Array.from({ length: 30 }, (_, index) => `第${index}市数据局`);
const LEVELS = ['province', 'city', 'district', '', 'county'];
const CHECKS = ['mismatch: problems 3≠2', 'ok', 'undeclared', ''];

/**
 * One notice of a varied corpus: agencies repeat, one in 97 has none, levels include an empty
 * and an unknown one, some dates are missing or malformed, every fourth verdict is left for
 * the audit to work out, and titles carry commas, quotes and line breaks across the reader's chunks.
 */
function noticeRecord(index: number, unnamedEvery: number | null = 97): Record<string, Cell> {
  return {
    notice_id: `n${index}`,
    file: `${index}.txt`,
    title: `第${index}号通报，"整改"情况${index % 11 === 0 ? '\r\n续行' : ''}`,
    agency: unnamedEvery !== null && index % unnamedEvery === 5 ? null : AGENCIES[index % AGENCIES.length],
    level: LEVELS[index % LEVELS.length],
    published_date: index % 13 === 0 ? null : index % 17 === 0 ? '2023年5月' : `202${index % 4}-0${1 + (index % 9)}-1${index % 10}`,
    feedback_date: `2021-0${1 + (index % 9)}-2${index % 10}`,
    declared_problems: index % 3 === 2 ? null : 3,
    extracted_problems: index % 3 === 1 ? 3 : 2,
    // A notice that leaves its verdict to the audit states its problems only, so that its verdict is plain.
    declared_measures: index % 4 === 3 ? null : index % 5,
    extracted_measures: (index * 7) % 11,
    count_check: CHECKS[index % CHECKS.length],
  };
}

function noticeTable(count: number, unnamedEvery?: number | null): Table {
  return tableFrom('notices', NOTICE_COLUMNS, Array.from({ length: count }, (_, index) => noticeRecord(index, unnamedEvery)));
}

/** A table as read back from its CSV text: every cell text. */
function readBack(table: Table): Table {
  const [columns = [], ...rows] = parseCsv(tableToCsv(table));
  return { name: table.name, columns, rows };
}

async function writeTables(tables: readonly Table[]): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'report-notice-summary-'));
  for (const table of tables) await writeFile(path.join(folder, `${table.name}.csv`), tableToCsv(table));
  return folder;
}

/** Every object and string the summary holds, numbers aside, by how many there are. */
function heldValues(root: unknown): { values: number; longestNonNumberList: number } {
  const seen = new Set<unknown>();
  let longestNonNumberList = 0;
  const visit = (value: unknown): void => {
    if (value === null || typeof value === 'number' || typeof value === 'boolean' || seen.has(value)) return;
    seen.add(value);
    if (typeof value !== 'object') return;
    const items = value instanceof Map ? [...value.entries()].flat() : value instanceof Set ? [...value] : Object.values(value);
    if (items.some((item) => typeof item !== 'number')) longestNonNumberList = Math.max(longestNonNumberList, items.length);
    for (const item of items) visit(item);
  };
  visit(root);
  return { values: seen.size, longestNonNumberList };
}

describe('notice summary', () => {
  it('readNoticeSummary(file, wants) gives the summary summarizeNotices gives for the same table read back whole', async () => {
    const notices = noticeTable(3_000);
    const problems = tableFrom('problems', PROBLEM_COLUMNS, Array.from({ length: 500 }, (_, index) => ({ problem_id: `p${index}`, notice_id: `n${(index * 7) % 3_000}`, leaf: index % 4 === 0 ? 'no' : 'yes', title: `问题${index}` })));
    const wants = noticeWants(digestProblems(problems, { firstProblems: 40, groupMemberIds: new Set() }), 25);
    const folder = await writeTables([notices]);
    const streamed = await readNoticeSummary(path.join(folder, 'notices.csv'), wants);
    expect(streamed).toEqual(summarizeNotices(readBack(notices), wants));
    expect(streamed.notices).toBe(3_000);
    expect(streamed.levelByNotice.size).toBe(40);
    // The level as the notice table gives it, one the chart does not know included.
    expect(streamed.levelByNotice.get('n14')).toBe('county');
    // 30 agencies, and the 31 notices without one (5, 102, …, 2,915) each standing for its own.
    expect(streamed.agencies).toBe(30 + 31);
    // 231 notices (multiples of 13) give no publication date, 163 (multiples of 17 but not of 13) a malformed one;
    // the earliest is n180's, the latest n179's.
    expect(streamed.dateSpans.get('published_date')).toEqual({ earliest: '2020-01-10', latest: '2023-09-19', dated: 3_000 - 231 - 163 });
  });

  it('readNoticeSummary(file, wants) summarises a table of a header only as no notices', async () => {
    const folder = await writeTables([noticeTable(0)]);
    const summary = await readNoticeSummary(path.join(folder, 'notices.csv'), noticeWants(null));
    expect(summary.notices).toBe(0);
    expect(summary.levels.levels.size).toBe(0);
    expect(countAuditSection(summary).html).toContain('没有通报。');
  });

  it('summarizeNotices(table, wants) keeps at most the wanted notices of each verdict, in table order, and tallies all', () => {
    const summary = summarizeNotices(noticeTable(40), noticeWants(null, 3));
    const identifiers = (verdict: 'mismatch' | 'ok' | 'undeclared') => summary.audit.rows[verdict].map((record) => record.notice_id);
    // Every fourth notice says nothing: n3 declares 3 problems of 2 extracted, n7 3 of 3, n11 none; and so on to n39.
    expect(identifiers('mismatch')).toEqual(['n0', 'n3', 'n4']);
    expect(identifiers('ok')).toEqual(['n1', 'n5', 'n7']);
    expect(identifiers('undeclared')).toEqual(['n2', 'n6', 'n10']);
    expect(summary.audit.tally).toEqual({ mismatch: 10 + 4, ok: 10 + 3, undeclared: 10 + 3 });
  });

  it('countAuditSection(summary, maximumRows) lists mismatches first, no more than maximumRows, and tallies every notice', () => {
    // Mismatches n0, n3, n4, n8; agreements n1, n5, n7, n9; undeclared n2, n6.
    const summary = summarizeNotices(noticeTable(10), noticeWants(null, 6));
    const html = countAuditSection(summary, 6).html;
    const listed = [...html.matchAll(/<tr class="audit-(\w+)"><td>[^<]*<\/td><td class="notice-title" title="(\d+)\.txt">/g)].map((match) => `${match[1]} ${match[2]}`);
    expect(listed).toEqual(['mismatch 0', 'mismatch 3', 'mismatch 4', 'mismatch 8', 'ok 1', 'ok 5']);
    expect(html).toContain('不一致 4 份 · 一致 4 份 · 未声明 2 份');
    expect(html).toContain('只列出前 6 份（共 10 份，不一致的在前）');
  });

  it('countAuditSection(summary, maximumRows) throws when asked for more notices of a verdict than the summary kept', () => {
    const summary = summarizeNotices(noticeTable(40), noticeWants(null, 3));
    expect(() => countAuditSection(summary, 4)).toThrow(/REPORT_AUDIT_ROWS_NOT_KEPT.*3.*got maximumRows 4/);
  });

  it('summarizeNotices(table, wants) holds no value a notice beyond two numbers: ten times the notices, the same objects and strings', () => {
    // Every notice named by an agency: a notice without one is held by its id (see the next test).
    const small = heldValues(summarizeNotices(noticeTable(1_000, null), noticeWants(null, 20)));
    const large = heldValues(summarizeNotices(noticeTable(10_000, null), noticeWants(null, 20)));
    expect(large.values).toBe(small.values);
    // The longest list of anything but numbers: the 30 agencies' names, or the 3 × 20 kept audit rows' cells.
    expect(large.longestNonNumberList).toBeLessThan(100);
  });

  it('summarizeNotices(table, wants) holds the id of each notice without an agency, the name the level chart draws it with', () => {
    const summary: NoticeSummary = summarizeNotices(noticeTable(1_000, 10), noticeWants(null, 20));
    // n5, n15, … n995 have no agency; the others name 27 of the 30 (those of n5, n15 and n25 never recur).
    expect(summary.levels.names).toHaveLength(27 + 100);
    expect(summary.levels.names).toContain('n995');
  });
});

describe('report drawn from the notice summary', () => {
  it('writeReportFromOutputs(folder, categories) draws the page renderReport draws from the tables whole when the count audit is cut short', async () => {
    const tables = buildReportTables().map((table) => (table.name === 'notices' ? noticeTable(MAXIMUM_AUDIT_ROWS + 150) : table));
    const html = await readFile(await writeReportFromOutputs(await writeTables(tables), REPORT_CATEGORIES), 'utf8');
    expect(html).toBe(renderReport({ tables: tables.map(readBack), categories: REPORT_CATEGORIES }));
    expect(html).toContain(`只列出前 2,000 份（共 2,150 份，不一致的在前）`);
  });
});
