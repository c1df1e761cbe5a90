import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../pipeline/cli';
import { corpusFolder, projectRoot, readGold } from './helpers/seeds';

const readCsv = (folder: string, name: string): Record<string, string>[] =>
  parse(readFileSync(path.join(folder, `${name}.csv`)), { bom: true, columns: true });

const silent = { out: () => {}, err: () => {} };

describe('notices run corpus (the CLI, end to end)', () => {
  let first: string;
  let second: string;

  beforeAll(() => {
    first = mkdtempSync(path.join(tmpdir(), 'notices-e2e-'));
    second = mkdtempSync(path.join(tmpdir(), 'notices-e2e-'));
    const bin = path.join(projectRoot, 'bin', 'notices.js');
    execFileSync(process.execPath, [bin, 'run', corpusFolder, '--out', first, '--quiet', '--no-cache'], { cwd: projectRoot });
    execFileSync(process.execPath, [bin, 'run', corpusFolder, '--out', second, '--quiet', '--no-cache'], { cwd: projectRoot });
  });

  it('writes every output file', () => {
    const files = readdirSync(first);
    for (const name of ['notices.csv', 'problems.csv', 'measures.csv', 'errors.csv', 'run.json', 'notices.xlsx', 'report.html']) {
      expect(files).toContain(name);
    }
  });

  it('lists every gold notice and every gold problem', () => {
    const gold = readGold();
    const notices = readCsv(first, 'notices');
    expect(notices.map((notice) => notice.file)).toEqual(gold.map((notice) => notice.file));
    const problems = readCsv(first, 'problems');
    const expectedIds = gold.flatMap((notice) => notice.problems.map((problem) => `${notice.file.replace(/\.txt$/, '')}#${problem.path}`));
    expect(problems.map((problem) => problem.problem_id)).toEqual(expectedIds);
    expect(readCsv(first, 'errors')).toEqual([]);
  });

  it('sums the measures of problems.csv to the rows of measures.csv for leaf problems', () => {
    const leafMeasures = readCsv(first, 'problems')
      .filter((problem) => problem.leaf === 'yes')
      .reduce((sum, problem) => sum + Number(problem.measures), 0);
    expect(readCsv(first, 'measures').length).toBe(leafMeasures);
  });

  it('gives byte-identical CSV files for the same input', () => {
    for (const name of readdirSync(first).filter((file) => file.endsWith('.csv'))) {
      expect(readFileSync(path.join(second, name)).equals(readFileSync(path.join(first, name))), name).toBe(true);
    }
  });

  it('records each input with its sha256 in run.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(first, 'run.json'), 'utf8'));
    expect(manifest.inputs).toHaveLength(5);
    expect(manifest.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.counts.noticesProcessed).toBe(5);
  });
});

describe('main (exit codes)', () => {
  it('returns 1 and names the bad file in errors.csv, while the good notices are still written', async () => {
    const input = mkdtempSync(path.join(tmpdir(), 'notices-mixed-'));
    const output = mkdtempSync(path.join(tmpdir(), 'notices-mixed-out-'));
    const seed = readdirSync(corpusFolder)[0];
    copyFileSync(path.join(corpusFolder, seed), path.join(input, seed));
    writeFileSync(path.join(input, 'empty.txt'), '');
    expect(await main(['run', input, '--out', output], silent)).toBe(1);
    expect(readCsv(output, 'errors')).toEqual([{ file: 'empty.txt', stage: 'ingest', severity: 'error', message: 'INGEST_EMPTY_FILE: file is empty' }]);
    expect(readCsv(output, 'notices').map((notice) => notice.file)).toEqual([seed]);
  });

  it('returns 2 before any work for a path with no input files and for a malformed taxonomy', async () => {
    const output = mkdtempSync(path.join(tmpdir(), 'notices-usage-'));
    const messages: string[] = [];
    const io = { out: () => {}, err: (text: string) => void messages.push(text) };
    expect(await main(['run', path.join(output, 'missing'), '--out', output], io)).toBe(2);
    const taxonomy = path.join(output, 'broken.json');
    writeFileSync(taxonomy, '{ "categories": [');
    expect(await main(['run', corpusFolder, '--out', output, '--taxonomy', taxonomy], io)).toBe(2);
    expect(messages.join('')).toContain('broken.json');
    expect(readdirSync(output)).toEqual(['broken.json']);
  });

  it('returns 2 for an unknown option', async () => {
    expect(await main(['run', corpusFolder, '--no-such-option'], silent)).toBe(2);
  });
});
