import { mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, describeCache, formatBytes, openNoticeCache, parseByteSize, parseDays, pruneCache, writeCacheEntry } from '../pipeline/cache';
import { loadTaxonomy } from '../pipeline/taxonomy';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const now = Date.now();

/** A key as the cache makes them (64 hex digits) from a short label, so that the test reads. */
function key(label: string): string {
  return contentHash(new TextEncoder().encode(label));
}

/** Writes `bytes` bytes at `relative` under `root`, last modified `age` milliseconds before `now`. */
function place(root: string, relative: string, bytes: number, age: number): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.alloc(bytes, 1));
  utimesSync(file, new Date(now - age), new Date(now - age));
  return file;
}

function entry(label: string): string {
  const hex = key(label);
  return `${hex.slice(0, 2)}/${hex}.v8`;
}

/** Every file under `root`, as relative paths, sorted. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((child) => child.isFile())
    .map((child) => path.relative(root, path.join(child.parentPath, child.name)))
    .sort();
}

/**
 * Entries a (1 day unused, 1000 bytes), b (2 days, 2000), c (3 days, 3000), old (100 days, 500),
 * a stored run (5 days, 1500 bytes in two files), a write abandoned two hours ago and one begun a
 * minute ago, and files of other names that pruning must leave, however old.
 */
function buildCache(): { root: string; foreign: string[] } {
  const root = mkdtempSync(path.join(tmpdir(), 'notices-prune-'));
  place(root, entry('a'), 1000, 1 * DAY);
  place(root, entry('b'), 2000, 2 * DAY);
  place(root, entry('c'), 3000, 3 * DAY);
  place(root, entry('old'), 500, 100 * DAY);
  const run = `runs/${key('run')}`;
  place(root, `${run}/problems.csv`, 1000, 5 * DAY);
  place(root, `${run}/run-facts.json`, 500, 5 * DAY);
  utimesSync(path.join(root, run), new Date(now - 5 * DAY), new Date(now - 5 * DAY));
  place(root, `${entry('abandoned')}.123-0.partial`, 700, 2 * HOUR);
  place(root, `${entry('writing')}.456-1.partial`, 800, 60 * 1000);
  const foreign = [
    'notes.txt',
    `${key('a').slice(0, 2)}/readme.txt`,
    `${entry('b')}.bak`,
    // An entry's name in a folder that is not a shard, and in a shard its key does not start with.
    `zz/${key('d')}.v8`,
    `${key('a').slice(0, 2) === 'ff' ? 'fe' : 'ff'}/${key('a')}.v8`,
    'runs/keep-me/file.csv',
    `runs/${key('file')}.txt`,
  ];
  for (const file of foreign) place(root, file, 100, 400 * DAY);
  return { root, foreign };
}

describe('pruneCache(folder, limits)', () => {
  it('removes entries over the age limit, then the least recently used until the rest fits, and abandoned partial writes', async () => {
    const { root, foreign } = buildCache();
    const summary = await pruneCache(root, { maxBytes: 3500, maxAgeDays: 90, now });
    // 7500 bytes of entries and runs within the age limit: the run (5 days) and c (3 days) go, b and a fit in 3000.
    expect(filesUnder(root)).toEqual([...foreign, entry('a'), entry('b'), `${entry('writing')}.456-1.partial`].sort());
    expect(summary.removed).toEqual({ entries: 2, runs: 1, partials: 1, bytes: 500 + 3000 + 1500 + 700 });
    expect(summary.kept).toEqual({ entries: 2, runs: 0, bytes: 3000 });
    expect(summary.problems).toEqual([]);
  });

  it('keeps everything within both limits', async () => {
    const { root } = buildCache();
    const before = filesUnder(root);
    const summary = await pruneCache(root, { maxBytes: 1e9, maxAgeDays: 365, now });
    expect(filesUnder(root)).toEqual(before.filter((file) => !file.endsWith('.123-0.partial')));
    expect(summary.kept).toEqual({ entries: 4, runs: 1, bytes: 1000 + 2000 + 3000 + 500 + 1500 });
  });

  it('never removes items used since keepUsedSince, even above the size limit', async () => {
    const { root, foreign } = buildCache();
    const summary = await pruneCache(root, { maxBytes: 0, maxAgeDays: 0, keepUsedSince: now - 1.5 * DAY, now });
    expect(filesUnder(root)).toEqual([...foreign, entry('a'), `${entry('writing')}.456-1.partial`].sort());
    expect(summary.kept).toEqual({ entries: 1, runs: 0, bytes: 1000 });
  });

  it('removes a shard folder it empties and leaves one that still holds a foreign file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'notices-prune-'));
    place(root, entry('a'), 10, DAY);
    place(root, entry('b'), 10, DAY);
    place(root, `${key('b').slice(0, 2)}/mine.txt`, 10, DAY);
    await pruneCache(root, { maxBytes: 0, maxAgeDays: 0, now });
    // a and b are in different shards (ca and 3e).
    expect(readdirSync(root)).toEqual([key('b').slice(0, 2)]);
    expect(filesUnder(root)).toEqual([`${key('b').slice(0, 2)}/mine.txt`]);
  });

  it('does not follow a link named like a shard out of the cache folder', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'notices-prune-outside-'));
    const hex = key('linked');
    place(outside, `${hex}.v8`, 10, 400 * DAY);
    const root = mkdtempSync(path.join(tmpdir(), 'notices-prune-'));
    symlinkSync(outside, path.join(root, hex.slice(0, 2)), 'dir');
    const summary = await pruneCache(root, { maxBytes: 0, maxAgeDays: 0, now });
    expect(filesUnder(outside)).toEqual([`${hex}.v8`]);
    expect(summary.removed.entries).toBe(0);
  });

  it('prunes nothing in a missing folder, without a problem', async () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'notices-prune-')), 'none');
    const summary = await pruneCache(missing, { maxBytes: 0, maxAgeDays: 0 });
    expect(summary).toEqual({ folder: missing, removed: { entries: 0, runs: 0, partials: 0, bytes: 0 }, kept: { entries: 0, runs: 0, bytes: 0 }, problems: [] });
  });

  it('reports a folder it cannot read as a problem naming it, and does not throw', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'notices-prune-'));
    const notAFolder = place(root, 'cache', 10, 0);
    const summary = await pruneCache(notAFolder, { maxBytes: 0, maxAgeDays: 0 });
    expect(summary.problems).toHaveLength(1);
    expect(summary.problems[0]).toContain(`cannot read ${notAFolder}`);
    expect(filesUnder(root)).toEqual(['cache']);
  });
});

describe('describeCache(folder)', () => {
  it('counts entries, stored runs and partial writes with their bytes, and the span of their use', async () => {
    const { root } = buildCache();
    const contents = await describeCache(root);
    expect(contents.entries).toEqual({ count: 4, bytes: 6500 });
    expect(contents.runs).toEqual({ count: 1, bytes: 1500 });
    expect(contents.partials).toEqual({ count: 2, bytes: 1500 });
    expect(Math.round((now - contents.oldestUse!) / DAY)).toBe(100);
    expect(Math.round((now - contents.newestUse!) / DAY)).toBe(1);
  });
});

describe('NoticeCache.read(entry)', () => {
  it('marks the entry used: its mtime becomes the time of reading', async () => {
    const cache = openNoticeCache(mkdtempSync(path.join(tmpdir(), 'notices-prune-')), loadTaxonomy());
    const entryPath = cache.entryPath({ path: '/nowhere/a.txt', file: 'a.txt', noticeId: 'a' }, key('content'));
    await writeCacheEntry(entryPath, { notice: null, diagnostics: [] });
    utimesSync(entryPath, new Date(now - 30 * DAY), new Date(now - 30 * DAY));
    const before = Date.now();
    expect(await cache.read(entryPath)).toEqual({ notice: null, diagnostics: [] });
    expect(statSync(entryPath).mtimeMs).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe('parseByteSize(text), parseDays(text), formatBytes(bytes)', () => {
  it('parseByteSize reads decimal and binary units, with or without B, and gives null for anything else', () => {
    expect(parseByteSize('2GB')).toBe(2e9);
    expect(parseByteSize('500M')).toBe(5e8);
    expect(parseByteSize('1.5 GiB')).toBe(1.5 * 2 ** 30);
    expect(parseByteSize('64kb')).toBe(64_000);
    expect(parseByteSize('1024')).toBe(1024);
    expect(parseByteSize('0')).toBe(0);
    for (const text of ['', '2X', '-1GB', 'GB', '1e9']) expect(parseByteSize(text), text).toBeNull();
  });

  it('parseDays accepts numbers from 0 up and gives null for anything else', () => {
    expect(parseDays('30')).toBe(30);
    expect(parseDays('0.5')).toBe(0.5);
    expect(parseDays('0')).toBe(0);
    for (const text of ['', '-1', 'week', 'Infinity']) expect(parseDays(text), text).toBeNull();
  });

  it('formatBytes writes decimal units with one decimal', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1234)).toBe('1.2 kB');
    expect(formatBytes(5e9)).toBe('5.0 GB');
  });
});
