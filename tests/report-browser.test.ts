import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../pipeline/report';
import type { Table } from '../pipeline/types';
import { goldReportTables } from './helpers/gold-report-tables';
import { buildReportTables, REPORT_CATEGORIES } from './helpers/report-tables';
import { readGold } from './helpers/seeds';

const CHROMIUM = '/usr/bin/chromium';
// Debian's chromium only, never a downloaded browser; these flags keep it from calling home.
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`report browser test skipped: ${CHROMIUM} does not exist (.ci/install-browser installs it with apt-get)`);

const ROOT = path.resolve(import.meta.dirname, '..');

/** A page that records what a reader should never see: console errors, script errors and any request leaving the file. */
async function openReport(browser: Browser, file: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) problems.push(`request: ${request.url()}`);
  });
  await page.goto(`file://${file}`);
  return { page, problems };
}

function visibleProblemRows(page: Page) {
  return page.locator('#problem-table tbody tr:visible');
}

/** Expanding the first recurring group shows its problems; returns how many it lists. */
async function expandFirstGroup(page: Page): Promise<number> {
  const group = page.locator('details.recurring-group').first();
  const members = group.locator('table.group-problems tbody tr');
  expect(await group.getAttribute('open')).toBeNull();
  expect(await members.first().isVisible()).toBe(false);
  await group.locator('summary').click();
  expect(await group.getAttribute('open')).not.toBeNull();
  expect(await members.first().isVisible()).toBe(true);
  return members.count();
}

/** The run's CSV tables read back, for a CLI that writes the tables but not yet the report. */
async function readCsvTables(folder: string, names: string[]): Promise<Table[]> {
  const tables: Table[] = [];
  for (const name of names) {
    const file = path.join(folder, `${name}.csv`);
    if (!existsSync(file)) continue;
    const [columns, ...rows] = parse(await readFile(file, 'utf8'), { bom: true }) as string[][];
    tables.push({ name, columns, rows });
  }
  return tables;
}

describe.skipIf(!hasChromium)('report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('writeReport(tables) opens without errors: heat map row per agency, search and filters narrow the problems, a group expands', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'report-browser-'));
    const file = path.join(folder, 'report.html');
    await writeReport({ tables: buildReportTables(), categories: REPORT_CATEGORIES }, file);
    const { page, problems } = await openReport(browser, file);

    expect(await page.locator('svg.heat-map g.heat-row').count()).toBe(3);
    expect(await page.locator('svg.heat-map g.heat-row').nth(1).getAttribute('data-agency')).toBe('甲市数据局');

    expect(await visibleProblemRows(page).count()).toBe(8);
    await page.fill('#problem-search', '网络安全');
    expect(await visibleProblemRows(page).count()).toBe(3);
    expect(await page.locator('#problem-count').textContent()).toBe('显示 3 / 8 条');
    await page.fill('#problem-search', '网络安全 乙区');
    expect(await visibleProblemRows(page).locator('td:first-child').allTextContents()).toEqual(['乙区数据局']);
    await page.fill('#problem-search', '');
    await page.selectOption('#problem-category', '党建');
    expect(await visibleProblemRows(page).count()).toBe(2);
    await page.check('#problem-leaf');
    expect(await visibleProblemRows(page).count()).toBe(1);
    await page.uncheck('#problem-leaf');
    await page.selectOption('#problem-category', '');
    await page.selectOption('#problem-level', 'province');
    expect(await visibleProblemRows(page).count()).toBe(2);
    await page.selectOption('#problem-level', '');

    expect(await expandFirstGroup(page)).toBe(3);

    const screenshot = path.join(folder, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect((await stat(screenshot)).size).toBeGreaterThan(10_000);
    console.log(`report screenshot: ${screenshot}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('writeReport(gold tables) opens without errors: a heat-map row per gold agency, search by agency shows its problems', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'report-gold-'));
    const file = path.join(folder, 'report.html');
    await writeReport({ tables: goldReportTables(), categories: REPORT_CATEGORIES }, file);
    const { page, problems } = await openReport(browser, file);
    const gold = readGold();

    const rows = page.locator('svg.heat-map g.heat-row');
    expect(await rows.count()).toBe(gold.length);
    const agencies = await Promise.all(gold.map((_, index) => rows.nth(index).getAttribute('data-agency')));
    expect(agencies.sort()).toEqual(gold.map((notice) => notice.agency).sort());

    const notice = gold[1];
    await page.fill('#problem-search', notice.agency);
    expect(await visibleProblemRows(page).count()).toBe(notice.problems.length);
    await page.check('#problem-leaf');
    expect(await visibleProblemRows(page).count()).toBe(notice.problems.filter((problem) => problem.leaf).length);
    await page.uncheck('#problem-leaf');
    await page.fill('#problem-search', '');

    expect(await expandFirstGroup(page)).toBeGreaterThan(1);
    const screenshot = path.join(folder, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`report screenshot: ${screenshot}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('notices run corpus writes a report that opens without errors, with a heat-map row per agency and a working search', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'report-run-'));
    // Exit code 1 means some notice failed, and the outputs are still written: the check is that they were.
    const run = await promisify(execFile)(process.execPath, [path.join(ROOT, 'bin/notices.js'), 'run', path.join(ROOT, 'corpus'), '--out', folder], { cwd: ROOT, timeout: 240_000 })
      .catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? String(error) }));
    if (!existsSync(path.join(folder, 'notices.csv'))) throw new Error(`notices run corpus wrote no tables:\n${run.stderr.slice(0, 2000)}`);
    const tables = await readCsvTables(folder, ['notices', 'problems', 'category_by_agency', 'recurring_problems']);
    let file = path.join(folder, 'report.html');
    if (!existsSync(file)) {
      console.warn('the CLI wrote no report.html yet (writeReport not wired into the run): rendering it from the CSV tables the run wrote');
      file = path.join(folder, 'report-from-csv.html');
      await writeReport({ tables, categories: [] }, file);
    }
    const { page, problems } = await openReport(browser, file);

    const byAgency = tables.find((table) => table.name === 'category_by_agency');
    const agencies = byAgency?.rows.map((row) => row[0]).filter((agency) => agency !== '全部') ?? [];
    expect(agencies.length).toBeGreaterThan(0);
    expect(await page.locator('svg.heat-map g.heat-row').count()).toBe(agencies.length);

    const problemRows = tables.find((table) => table.name === 'problems')?.rows ?? [];
    expect(await visibleProblemRows(page).count()).toBe(problemRows.length);
    const agency = String(agencies[0]);
    const expected = problemRows.filter((row) => row.some((cell) => String(cell ?? '').includes(agency))).length;
    await page.fill('#problem-search', agency);
    expect(await visibleProblemRows(page).count()).toBe(expected);
    expect(expected).toBeLessThan(problemRows.length);
    await page.fill('#problem-search', '没有任何问题会写这句话');
    expect(await visibleProblemRows(page).count()).toBe(0);
    await page.fill('#problem-search', '');

    if (await page.locator('details.recurring-group').count() > 0) expect(await expandFirstGroup(page)).toBeGreaterThan(1);

    const screenshot = path.join(folder, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`report screenshot: ${screenshot}`);
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);
});
