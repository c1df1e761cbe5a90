import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash, openNoticeCache, writeCacheEntry } from '../pipeline/cache';
import { main } from '../pipeline/cli';
import { loadTaxonomy } from '../pipeline/taxonomy';
import { corpusFolder } from './helpers/seeds';

const silent = { out: () => {}, err: () => {} };

function outputBytes(folder: string): Map<string, Buffer> {
  const names = readdirSync(folder).filter((name) => name.endsWith('.csv') || name.endsWith('.jsonl'));
  return new Map(names.map((name) => [name, readFileSync(path.join(folder, name))]));
}

const cacheUse = (folder: string): { filesFromCache: number; restoredRun: boolean } => JSON.parse(readFileSync(path.join(folder, 'run.json'), 'utf8')).cache;

describe('notices run --cache-dir (incremental runs)', () => {
  const seeds = readdirSync(corpusFolder);
  const originalTitle = '财务内控薄弱问题';
  // The seed whose problem heading is reworded (a test input, not a rule).
  const changedSeed = seeds.find((name) => readFileSync(path.join(corpusFolder, name), 'utf8').includes(originalTitle))!;
  let input: string;
  let cache: string;
  const run = async (name: string, ...flags: string[]) => {
    const out = mkdtempSync(path.join(tmpdir(), `notices-cache-${name}-`));
    expect(await main(['run', input, '--out', out, '--workers', '2', '--no-workbook', ...flags], silent)).toBe(0);
    return out;
  };
  let uncached: string;
  let filling: string;
  let fromCache: string;
  let afterChange: string;
  let otherThreshold: string;
  let otherThresholdUncached: string;
  const changedTitle = '公务接待管理混乱问题';

  beforeAll(async () => {
    input = mkdtempSync(path.join(tmpdir(), 'notices-cache-input-'));
    cache = mkdtempSync(path.join(tmpdir(), 'notices-cache-entries-'));
    cpSync(corpusFolder, input, { recursive: true });
    uncached = await run('none', '--no-cache');
    filling = await run('filling', '--cache-dir', cache);
    fromCache = await run('hit', '--cache-dir', cache);
    // Another threshold: another run, but the same notices.
    otherThreshold = await run('threshold', '--cache-dir', cache, '--threshold', '0.4');
    otherThresholdUncached = await run('threshold-none', '--no-cache', '--threshold', '0.4');
    // A changed file: one problem heading reworded.
    const changed = path.join(input, changedSeed);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(originalTitle, changedTitle));
    afterChange = await run('changed', '--cache-dir', cache);
  }, 120_000);

  it('writes byte-identical outputs without the cache, filling it and reading from it', () => {
    const expected = outputBytes(uncached);
    for (const folder of [filling, fromCache]) {
      const actual = outputBytes(folder);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [name, bytes] of expected) expect(actual.get(name)!.equals(bytes), name).toBe(true);
    }
  });

  it('restores the outputs of the same run and takes none from the cache with --no-cache', () => {
    expect(cacheUse(uncached)).toMatchObject({ filesFromCache: 0, restoredRun: false });
    expect(cacheUse(filling)).toMatchObject({ filesFromCache: 0, restoredRun: false });
    expect(cacheUse(fromCache)).toMatchObject({ filesFromCache: seeds.length, restoredRun: true });
  });

  it('takes every file of a run with other options from the cache and builds the corpus tables again, as without the cache', () => {
    expect(cacheUse(otherThreshold)).toMatchObject({ filesFromCache: seeds.length, restoredRun: false });
    const expected = outputBytes(otherThresholdUncached);
    for (const [name, bytes] of outputBytes(otherThreshold)) expect(bytes.equals(expected.get(name)!), name).toBe(true);
  });

  it('processes a changed file again, so that its new content reaches the outputs, and the others come from the cache', () => {
    expect(readFileSync(path.join(input, changedSeed), 'utf8')).toContain(changedTitle);
    expect(cacheUse(afterChange)).toMatchObject({ filesFromCache: seeds.length - 1, restoredRun: false });
    const problems = readFileSync(path.join(afterChange, 'problems.csv'), 'utf8');
    expect(problems).toContain(changedTitle);
    expect(readFileSync(path.join(fromCache, 'problems.csv'), 'utf8')).not.toContain(changedTitle);
  });
});

describe('openNoticeCache(folder, taxonomy)', () => {
  const taxonomy = loadTaxonomy();
  const source = { path: '/nowhere/a.txt', file: 'a.txt', noticeId: 'a' };
  const bytes = new TextEncoder().encode('通报');

  it('reads back an entry written by writeCacheEntry, and keys it by content and file name', async () => {
    const cache = openNoticeCache(mkdtempSync(path.join(tmpdir(), 'notices-cache-unit-')), taxonomy);
    const entry = cache.entryPath(source, contentHash(bytes));
    const outcome = { notice: null, diagnostics: [{ file: 'a.txt', stage: 'ingest' as const, severity: 'error' as const, code: 'INGEST_EMPTY_FILE', message: 'file is empty' }] };
    await writeCacheEntry(entry, outcome);
    expect(await cache.read(entry)).toEqual(outcome);
    expect(cache.entryPath({ ...source, file: 'b.txt', noticeId: 'b' }, contentHash(bytes))).not.toBe(entry);
    expect(cache.entryPath(source, contentHash(new TextEncoder().encode('通报。')))).not.toBe(entry);
  });

  it('gives null for a missing or corrupt entry, so that the file is processed again', async () => {
    const cache = openNoticeCache(mkdtempSync(path.join(tmpdir(), 'notices-cache-unit-')), taxonomy);
    const entry = cache.entryPath(source, contentHash(bytes));
    expect(await cache.read(entry)).toBeNull();
    await writeCacheEntry(entry, { notice: null, diagnostics: [] });
    writeFileSync(entry, readFileSync(entry).subarray(0, 3));
    expect(await cache.read(entry)).toBeNull();
    writeFileSync(entry, 'not a cache entry');
    expect(await cache.read(entry)).toBeNull();
  });

  it('keys entries by the taxonomy: another taxonomy never reads them', () => {
    const other = { ...taxonomy, categories: taxonomy.categories.map((category) => ({ ...category, label: `${category.label}类` })) };
    const folder = mkdtempSync(path.join(tmpdir(), 'notices-cache-unit-'));
    expect(openNoticeCache(folder, other).entryPath(source, contentHash(bytes))).not.toBe(openNoticeCache(folder, taxonomy).entryPath(source, contentHash(bytes)));
  });
});
