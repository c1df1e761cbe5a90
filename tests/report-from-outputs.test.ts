import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport, writeReportFromOutputs } from '../pipeline/report';
import { parseCsv } from '../pipeline/report/parse-csv';
import { MAXIMUM_PROBLEM_ROWS } from '../pipeline/report/problem-table';
import type { Cell, Table } from '../pipeline/types';
import { tableToCsv } from '../pipeline/write/csv';
import { PROBLEM_COLUMNS } from '../pipeline/write/notice-tables';
import { buildReportTables, REPORT_CATEGORIES, tableFrom } from './helpers/report-tables';

/** More problems than the problem table lists: three notices' worth, one in ten a parent. */
const PROBLEM_COUNT = MAXIMUM_PROBLEM_ROWS + 50;
const NOTICES = ['a', 'b', 'c'];
const AGENCIES = ['甲市数据局', '乙区数据局', '丙省大数据中心'];

function problemRecord(index: number): Record<string, Cell> {
  const notice = index % 3;
  return {
    problem_id: `${NOTICES[notice]}#${index}`,
    notice_id: NOTICES[notice],
    agency: AGENCIES[notice],
    path: String(index),
    leaf: index % 10 === 0 ? 'no' : 'yes',
    // Commas, quotes and a line break, so that records cross the reader's chunks in quoted fields.
    title: `问题 ${index}，"落实"不到位${index % 7 === 0 ? '\r\n续行' : ''}`,
    measures: index % 4,
    primary_category: '党建',
    categories: '党建',
    evidence: `党建: 落实 [title] | 党建: 第${index}条 [body]`,
  };
}

/** The fixture's tables with the large problem table, and a group whose members come after the rows the table lists. */
function largeTables(): Table[] {
  const problems = tableFrom('problems', PROBLEM_COLUMNS, Array.from({ length: PROBLEM_COUNT }, (_, index) => problemRecord(index)));
  const members = [3, MAXIMUM_PROBLEM_ROWS + 10, MAXIMUM_PROBLEM_ROWS + 44].map((index) => problemRecord(index));
  const recurring = tableFrom('recurring_problems', ['group_id', 'category', 'representative_title', 'agencies', 'notices', 'problems', 'agency_list', 'problem_ids', 'titles'], [
    { group_id: 'R1', category: '党建', representative_title: '落实不到位', agencies: 3, notices: 3, problems: 3, agency_list: AGENCIES.join(';'), problem_ids: members.map((member) => member.problem_id).join(';'), titles: members.map((member) => member.title).join(' | ') },
  ]);
  return buildReportTables().map((table) => (table.name === 'problems' ? problems : table.name === 'recurring_problems' ? recurring : table));
}

async function writeOutputs(tables: readonly Table[]): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'report-from-outputs-'));
  for (const table of tables) await writeFile(path.join(folder, `${table.name}.csv`), tableToCsv(table));
  return folder;
}

/** The tables as read back whole from their CSV text, as the report once read them. */
function readBack(tables: readonly Table[]): Table[] {
  return tables.map((table) => {
    const [columns = [], ...rows] = parseCsv(tableToCsv(table));
    return { name: table.name, columns, rows };
  });
}

describe('writeReportFromOutputs', () => {
  it('writeReportFromOutputs(folder, categories) writes the page renderReport draws from the same tables held whole', async () => {
    const tables = largeTables();
    const folder = await writeOutputs(tables);
    const file = await writeReportFromOutputs(folder, REPORT_CATEGORIES);
    expect(file).toBe(path.join(folder, 'report.html'));
    expect(await readFile(file, 'utf8')).toBe(renderReport({ tables: readBack(tables), categories: REPORT_CATEGORIES }));
  });

  it('writeReportFromOutputs(folder, categories) lists the first problems, says the totals, and lists group members that come after them', async () => {
    const html = await readFile(await writeReportFromOutputs(await writeOutputs(largeTables()), REPORT_CATEGORIES), 'utf8');
    const problems = html.slice(html.indexOf('<section id="problems"'));
    const identifiers = [...problems.matchAll(/<td class="identifier" title="(.*?)">/g)].map((match) => match[1]);
    expect(identifiers).toHaveLength(MAXIMUM_PROBLEM_ROWS);
    expect(identifiers[0]).toBe('a#0');
    expect(identifiers[MAXIMUM_PROBLEM_ROWS - 1]).toBe(`a#${MAXIMUM_PROBLEM_ROWS - 1}`);
    expect(problems).toContain('表中只列出前 10,000 条问题（共 10,050 条）');
    // 10,050 problems, one in ten (rows 0, 10, …, 10,040) a parent: 1,005 parents, 9,045 leaves.
    expect(html).toContain('<span class="figure-value">9,045</span><span class="figure-detail">按末级问题计（另有 1,005 条上级问题）</span>');
    const recurring = html.slice(html.indexOf('<section id="recurring"'), html.indexOf('</section>', html.indexOf('<section id="recurring"')));
    expect(recurring).toContain('<tr><td>甲市数据局</td><td>问题 3，&quot;落实&quot;不到位</td><td class="identifier">a#3</td></tr>');
    expect(recurring).toContain('<tr><td>丙省大数据中心</td><td>问题 10010，&quot;落实&quot;不到位\r\n续行</td><td class="identifier">c#10010</td></tr>');
    expect(recurring).toContain('<tr><td>甲市数据局</td><td>问题 10044，&quot;落实&quot;不到位</td><td class="identifier">a#10044</td></tr>');
  });

  it('writeReportFromOutputs(folder, categories) counts leaf problems per notice over the whole table for the level chart', async () => {
    const html = await readFile(await writeReportFromOutputs(await writeOutputs(largeTables()), REPORT_CATEGORIES), 'utf8');
    // Notice a holds rows 0, 3, …, 10,047 (3,350), of which rows 0, 30, …, 10,020 (335) are parents.
    expect(html).toContain('<title>甲市数据局：3,015 条</title>');
  });
});
