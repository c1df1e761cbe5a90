import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../pipeline/write/workbook';

const folder = await mkdtemp(path.join(tmpdir(), 'workbook-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('writeWorkbook(tables, file)', () => {
  it('writes one sheet per table with a frozen header, a filter, fitted widths, numbers as numbers and formulas as text', async () => {
    const file = path.join(folder, 'notices.xlsx');
    await writeWorkbook(
      [
        {
          name: 'category_by_agency',
          columns: ['agency', 'problems', 'note'],
          rows: [
            ['深圳市坪山区政务服务数据管理局', 21, '=SUM(A1:A2)'],
            ['全部', 118, null],
          ],
        },
        { name: 'figures', columns: ['value'], rows: [[-3]] },
      ],
      file,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['category_by_agency', 'figures']);

    const sheet = workbook.getWorksheet('category_by_agency');
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:C3');
    expect(sheet.getRow(1).values).toEqual([undefined, 'agency', 'problems', 'note']);
    expect(sheet.getCell('B2').value).toBe(21);
    expect(sheet.getCell('C2').value).toBe('=SUM(A1:A2)');
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    // 15 Chinese characters count as 30 columns, plus a margin of 2.
    expect(sheet.getColumn(1).width).toBe(32);
    expect(workbook.getWorksheet('figures')?.getCell('A2').value).toBe(-3);
  });
});
