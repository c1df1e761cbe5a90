import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash, openNoticeCache } from '../pipeline/cache';
import { main } from '../pipeline/cli';
import { discoverSourceFiles } from '../pipeline/ingest';
import { loadTaxonomy } from '../pipeline/taxonomy';
import { corpusFolder } from './helpers/seeds';

const DAY = 24 * 60 * 60 * 1000;

/** An entry named as the cache names them, of `bytes` bytes, last used `days` ago. */
function staleEntry(cache: string, label: string, bytes: number, days: number): string {
  const key = contentHash(new TextEncoder().encode(label));
  const file = path.join(cache, key.slice(0, 2), `${key}.v8`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.alloc(bytes));
  setAge(file, days);
  return file;
}

function setAge(file: string, days: number): void {
  const time = new Date(Date.now() - days * DAY);
  utimesSync(file, time, time);
}

const cacheFacts = (out: string) => JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8')).cache;
const storedRuns = (cache: string) => readdirSync(path.join(cache, 'runs')).sort();

describe('notices run prunes the cache after using it', () => {
  let input: string;
  let cache: string;
  let ownEntries: string[];
  const errors: string[] = [];
  const run = async (...flags: string[]) => {
    const out = mkdtempSync(path.join(tmpdir(), 'notices-prune-run-out-'));
    const io = { out: () => {}, err: (text: string) => void errors.push(text) };
    expect(await main(['run', input, '--out', out, '--workers', '2', '--no-workbook', '--cache-dir', cache, ...flags], io)).toBe(0);
    return out;
  };

  let stale: { recent: string; older: string; ancient: string };
  const present = () => ({ recent: existsSync(stale.recent), older: existsSync(stale.older), ancient: existsSync(stale.ancient) });
  let foreign: string;
  let first: string;
  let firstRuns: string[];
  let staleAfterFirst: Record<keyof typeof stale, boolean>;
  let staleAfterSecond: Record<keyof typeof stale, boolean>;
  let second: string;
  let secondRuns: string[];
  let restored: string;

  beforeAll(async () => {
    input = mkdtempSync(path.join(tmpdir(), 'notices-prune-run-input-'));
    cache = mkdtempSync(path.join(tmpdir(), 'notices-prune-run-cache-'));
    cpSync(corpusFolder, input, { recursive: true });
    // Left by earlier versions or corpora: 1 MB used 10 and 20 days ago, 1 MB 200 days ago; and a file of the user's.
    stale = { recent: staleEntry(cache, 'recent', 1e6, 10), older: staleEntry(cache, 'older', 1e6, 20), ancient: staleEntry(cache, 'ancient', 1e6, 200) };
    foreign = path.join(cache, 'README.txt');
    writeFileSync(foreign, 'kept by whoever made it');
    setAge(foreign, 400);
    const taxonomy = loadTaxonomy();
    const { files } = await discoverSourceFiles([input]);
    const notices = openNoticeCache(cache, taxonomy);
    ownEntries = files.map((source) => notices.entryPath(source, contentHash(readFileSync(source.path))));

    // Room for everything within 90 days: only the entry unused for 200 days goes.
    first = await run('--cache-max-size', '100MB');
    firstRuns = storedRuns(cache);
    staleAfterFirst = present();
    // The first run was stored seconds ago: made a day old, as if the second run came the next day.
    for (const name of firstRuns) setAge(path.join(cache, 'runs', name), 1);
    // Another run (another threshold) with room for 1 MB beside its own entries: the older stale entries go first.
    second = await run('--threshold', '0.4', '--cache-max-size', '1MB');
    secondRuns = storedRuns(cache);
    staleAfterSecond = present();
    // The second run again, a month later: restored whole, which marks its entries used though it reads none.
    for (const entry of ownEntries) setAge(entry, 30);
    restored = await run('--threshold', '0.4', '--cache-max-size', '1MB', '--cache-max-age', '10');
  }, 120_000);

  it('removes entries unused for longer than --cache-max-age and keeps those within both limits', () => {
    expect(cacheFacts(first)).toMatchObject({ filesFromCache: 0, restoredRun: false, pruned: { entries: 1, runs: 0, bytes: 1e6 } });
    expect(staleAfterFirst).toEqual({ recent: true, older: true, ancient: false });
    expect(firstRuns).toHaveLength(1);
  });

  it('removes the least recently used entries and runs above --cache-max-size, never the run’s own entries', () => {
    const facts = cacheFacts(second);
    expect(facts).toMatchObject({ filesFromCache: ownEntries.length, restoredRun: false });
    // The run's own entries and stored run alone pass 1 MB: every other entry, and the first run, go.
    expect(facts.pruned).toMatchObject({ entries: 2, runs: 1 });
    expect(staleAfterSecond).toEqual({ recent: false, older: false, ancient: false });
    for (const entry of ownEntries) expect(existsSync(entry), entry).toBe(true);
    expect(secondRuns).toHaveLength(1);
    expect(secondRuns).not.toEqual(firstRuns);
  });

  it('keeps the entries of a restored run, marked used, and the restored run itself', () => {
    expect(cacheFacts(restored)).toMatchObject({ restoredRun: true, pruned: { entries: 0, runs: 0, bytes: 0 } });
    for (const entry of ownEntries) expect(Date.now() - statSync(entry).mtimeMs).toBeLessThan(DAY);
    expect(storedRuns(cache)).toEqual(secondRuns);
  });

  it('leaves files of other names in the cache folder', () => {
    expect(readFileSync(foreign, 'utf8')).toBe('kept by whoever made it');
    expect(errors.join('')).not.toContain('warning:');
  });
});

describe('notices run with a cache folder that cannot be pruned', () => {
  it('finishes the run, exit code 0, with a warning naming the folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'notices-prune-run-'));
    // A file where the cache folder should be: nothing can be cached, read or pruned there.
    const notAFolder = path.join(root, 'cache');
    writeFileSync(notAFolder, '');
    const input = path.join(root, 'input');
    mkdirSync(input);
    const seed = readdirSync(corpusFolder).find((name) => name.endsWith('.txt'))!;
    cpSync(path.join(corpusFolder, seed), path.join(input, seed));
    const errors: string[] = [];
    const out = path.join(root, 'out');
    const code = await main(['run', input, '--out', out, '--workers', '0', '--no-workbook', '--cache-dir', notAFolder], { out: () => {}, err: (text) => void errors.push(text) });
    expect(code).toBe(0);
    expect(errors.join('')).toContain(`warning: the cache in ${notAFolder} could not be pruned`);
    expect(readFileSync(path.join(out, 'problems.csv'), 'utf8').split('\n').length).toBeGreaterThan(2);
  }, 60_000);
});

describe('notices cache info | prune | clear', () => {
  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (text) => void out.push(text), err: (text) => void err.push(text) });
    return { code, out: out.join(''), err: err.join('') };
  };

  it('prune removes what is over the limits and prints what it freed; info counts what is left; clear removes the rest', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'notices-prune-cli-'));
    staleEntry(cache, 'new', 2000, 1);
    staleEntry(cache, 'middle', 3000, 2);
    staleEntry(cache, 'old', 4000, 200);
    writeFileSync(path.join(cache, 'mine.txt'), 'x');

    const pruned = await cli('cache', 'prune', '--cache-dir', cache, '--max-size', '4kB');
    expect(pruned).toMatchObject({ code: 0, err: '' });
    expect(pruned.out).toBe(`freed 7.0 kB (2 entries, 0 runs) in ${cache}; 2.0 kB left (1 entry, 0 runs)\n`);

    const info = await cli('cache', 'info', '--cache-dir', cache);
    expect(info.out).toContain(`cache: ${cache}\nentries: 1 file outcome, 2.0 kB\nstored runs: 0, 0 B\n`);

    const cleared = await cli('cache', 'clear', '--cache-dir', cache);
    expect(cleared.out).toBe(`freed 2.0 kB (1 entry, 0 runs) in ${cache}; 0 B left (0 entries, 0 runs)\n`);
    expect(readdirSync(cache)).toEqual(['mine.txt']);
  });

  it('prune rejects a size it cannot read, with exit code 2', async () => {
    const result = await cli('cache', 'prune', '--max-size', 'lots');
    expect(result.code).toBe(2);
    expect(result.err).toContain('expected a size such as 2GB');
  });
});
