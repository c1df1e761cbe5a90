import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../pipeline/cli';
import { mapInOrder } from '../pipeline/parallel/in-order';
import { corpusFolder } from './helpers/seeds';

const silent = { out: () => {}, err: () => {} };

/** Every CSV file and problems.jsonl of an output folder, by name. */
function outputBytes(folder: string): Map<string, Buffer> {
  const names = readdirSync(folder).filter((name) => name.endsWith('.csv') || name.endsWith('.jsonl'));
  return new Map(names.map((name) => [name, readFileSync(path.join(folder, name))]));
}

describe('mapInOrder(items, limit, work)', () => {
  it('yields results in the items’ order however late each finishes, with at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const delays = [30, 5, 20, 0, 10, 1];
    const results: number[] = [];
    for await (const value of mapInOrder(delays, 3, async (delay, index) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, delay));
      inFlight--;
      return index;
    })) {
      results.push(value);
    }
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(3);
  });

  it('rejects a limit below 1', async () => {
    await expect(mapInOrder([1], 0, async (value) => value).next()).rejects.toThrow(/limit/);
  });
});

describe('notices run --workers N (output independent of the number of workers, 0 being the main thread)', () => {
  let input: string;
  const outputs = new Map<string, Map<string, Buffer>>();

  beforeAll(async () => {
    // Two copies of the seeds in two folders: enough notices for two workers to interleave.
    input = mkdtempSync(path.join(tmpdir(), 'notices-parallel-'));
    cpSync(corpusFolder, path.join(input, 'a'), { recursive: true });
    cpSync(corpusFolder, path.join(input, 'b'), { recursive: true });
    for (const workers of ['0', '1', '2', '3']) {
      const out = mkdtempSync(path.join(tmpdir(), `notices-parallel-out-${workers}-`));
      expect(await main(['run', input, '--out', out, '--workers', workers, '--no-cache', '--no-workbook'], silent)).toBe(0);
      outputs.set(workers, outputBytes(out));
    }
  }, 120_000);

  it('writes byte-identical CSV files and problems.jsonl in the main thread and with 1, 2 and 3 workers', () => {
    const one = outputs.get('0')!;
    expect([...one.keys()].sort()).toContain('problems.jsonl');
    for (const workers of ['1', '2', '3']) {
      const other = outputs.get(workers)!;
      expect([...other.keys()].sort()).toEqual([...one.keys()].sort());
      for (const [name, bytes] of one) expect(other.get(name)!.equals(bytes), `${name} with ${workers} workers`).toBe(true);
    }
  });

  it('lists the notices in the order the files were found', () => {
    const notices = outputs.get('2')!.get('notices.csv')!.toString('utf8').split('\r\n').slice(1, -1);
    const files = notices.map((line) => line.split(',')[1]);
    expect(files).toEqual([...readdirSync(corpusFolder).map((name) => `a/${name}`), ...readdirSync(corpusFolder).map((name) => `b/${name}`)]);
  });
});
