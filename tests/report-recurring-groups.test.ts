import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAXIMUM_GROUP_ROWS, readRecurringGroups, recurringGroups } from '../pipeline/report/recurring-groups';
import { tableToCsv } from '../pipeline/write/csv';
import { recordsOf } from '../pipeline/report/table-records';

const COLUMNS = ['group_id', 'category', 'representative_title', 'agencies', 'notices', 'problems', 'agency_list', 'problem_ids', 'titles'];
const MEMBERS = MAXIMUM_GROUP_ROWS + 50;

/** A group listing more problems than the page shows, titles joined by ` | `, and a small one with titles joined by `;`. */
function recurringTable() {
  const ids = Array.from({ length: MEMBERS }, (_, index) => `n${index}#1`);
  const titles = ids.map((_, index) => `第${index}个单位主体责任落实不到位`);
  return {
    name: 'recurring_problems',
    columns: COLUMNS,
    rows: [
      ['R001', '党建', '主体责任落实不到位', MEMBERS, MEMBERS, MEMBERS, '甲局; 乙局', ids.join('; '), titles.join(' | ')],
      ['R002', '财务内控', '报销审核不严', 2, 2, 2, '丙局; 丁局', 'a#1; b#2', '报销审核不严;报销把关不严'],
    ],
  };
}

describe('readRecurringGroups(file)', () => {
  it('keeps each group’s cells, its first MAXIMUM_GROUP_ROWS members with their titles, and how many it lists', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'notices-recurring-'));
    const file = path.join(folder, 'recurring_problems.csv');
    await writeFile(file, tableToCsv(recurringTable()));
    const groups = await readRecurringGroups(file);
    expect(groups).toHaveLength(2);
    const [large, small] = groups;
    expect(large.members).toBe(MEMBERS);
    expect(large.memberIds).toHaveLength(MAXIMUM_GROUP_ROWS);
    expect(large.memberIds.at(-1)).toBe(`n${MAXIMUM_GROUP_ROWS - 1}#1`);
    expect(large.memberTitles[7]).toBe('第7个单位主体责任落实不到位');
    expect(large.record).toEqual({ group_id: 'R001', category: '党建', representative_title: '主体责任落实不到位', agencies: String(MEMBERS), notices: String(MEMBERS), problems: String(MEMBERS), agency_list: '甲局; 乙局' });
    expect(small.memberIds).toEqual(['a#1', 'b#2']);
    expect(small.memberTitles).toEqual(['报销审核不严', '报销把关不严']);
  });

  it('gives the groups recurringGroups gives for the same table in memory', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'notices-recurring-'));
    const file = path.join(folder, 'recurring_problems.csv');
    const table = recurringTable();
    await writeFile(file, tableToCsv(table));
    const inMemory = recurringGroups(recordsOf({ ...table, rows: table.rows.map((row) => row.map(String)) }));
    expect(await readRecurringGroups(file)).toEqual(inMemory);
  });
});
