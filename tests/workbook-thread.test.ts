import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDeflatedPart } from '../pipeline/write/deflated-part';
import { rowXml } from '../pipeline/write/sheet-xml';
import { writeWorkbookInThread, writeWorkbookJob, type WorkbookJob } from '../pipeline/write/workbook-thread';

const folder = await mkdtemp(path.join(tmpdir(), 'notices-workbook-thread-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

async function job(file: string): Promise<WorkbookJob> {
  const part = await openDeflatedPart(path.join(folder, `${path.basename(file)}.rows`));
  const rows = Array.from({ length: 300 }, (_, index) => `${rowXml([`n${index}`, `意识形态${index}`, index], index + 2, ['A', 'B', 'C'])}\n`).join('');
  await part.append(Buffer.from(rows));
  return {
    file,
    sheets: [
      { name: 'notices', columns: ['notice_id', 'title', 'problems'], widths: [6, 12, 3], deflated: await part.finish(), count: 300, complete: true },
      { name: 'category_stats', columns: ['category', 'problems'], widths: [8, 3], rows: [['party', 3], ['finance', 1]] },
    ],
  };
}

describe('writeWorkbookInThread(job)', () => {
  it('writes in its own thread the same workbook as writeWorkbookJob in this one', async () => {
    const inThread = path.join(folder, 'thread.xlsx');
    const here = path.join(folder, 'here.xlsx');
    expect(await writeWorkbookInThread(await job(inThread))).toEqual([]);
    expect(await writeWorkbookJob(await job(here))).toEqual([]);
    expect(Buffer.compare(await readFile(inThread), await readFile(here))).toBe(0);
  });

  it('fails naming the workbook when it cannot be written', async () => {
    await expect(writeWorkbookInThread(await job(path.join(folder, 'missing', 'notices.xlsx')))).rejects.toThrow(/notices\.xlsx: .*ENOENT/);
  });
});
