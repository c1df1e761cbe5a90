import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTabbedLedgersWritten } from '../pipeline/ingest/tabbed-ledger';
import { extractMetadata } from '../pipeline/metadata';
import { segmentNotice } from '../pipeline/segment';
import type { NoticeMetadata, NoticeText, Problem, Segmentation } from '../pipeline/types';
import { fixturesFolder } from './helpers/seeds';

/**
 * Notices written in numbering and layout styles the seeds do not use (问题一:, 【反馈问题】,
 * 一是 headings, 第一部分, three levels, top-level problems …), each with the values a careful
 * reader applying the gold README would record, written before the pipeline was run on them.
 */
const stylesFolder = path.join(fixturesFolder, 'styles');

interface ExpectedProblem {
  path: string;
  title: string;
  area: string | null;
  measures: number;
}

interface Expected {
  notes: string;
  metadata: NoticeMetadata;
  areas: { path: string; title: string }[];
  problems: ExpectedProblem[];
  /** Codes of the diagnostics the notice rightly raises (a page stored only in part is cut off); none when absent. */
  diagnostics?: string[];
}

/**
 * Expectations the pipeline does not meet yet, by `<fixture>:<aspect>`, with what is missing.
 * Each runs as `it.fails`, so the test reports when the gap closes.
 */
const knownGaps: Record<string, string> = {
  'e2e2-city-court-immediate-items:metadata':
    'a notice that publishes the progress of the items handed over for immediate rectification (移交立行立改事项2件) does not count them as its problems',
};

/** The fixture's text as ingest gives a text file: a ledger copied out of Word (tab-separated rows) is written row by row. */
function styleNotice(name: string): NoticeText {
  const text = withTabbedLedgersWritten(readFileSync(path.join(stylesFolder, `${name}.txt`), 'utf8'));
  return { noticeId: name, file: `${name}.txt`, format: 'txt', encoding: 'UTF-8', sha256: '', bytes: Buffer.byteLength(text), text };
}

function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(path.join(stylesFolder, `${name}.expected.json`), 'utf8'));
}

/** The measure count as the gold gives it: a leaf's own, a parent's summed over its findings. */
function measureCount(problem: Problem, segmentation: Segmentation): number {
  if (problem.leaf) return problem.measures.length;
  return segmentation.problems.filter((child) => child.parent === problem.path).reduce((sum, child) => sum + child.measures.length, 0);
}

const fixtureNames = readdirSync(stylesFolder)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.replace(/\.txt$/, ''))
  .sort();

function check(name: string, aspect: string, title: string, body: () => void): void {
  const gap = knownGaps[`${name}:${aspect}`];
  if (gap) it.fails(`${title} (known gap: ${gap})`, body);
  else it(title, body);
}

describe('segmentNotice and extractMetadata on notices in other styles', () => {
  it('the styles folder holds at least twelve notices, each with its expectations', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(12);
    for (const name of fixtureNames) expect(readExpected(name).problems.length).toBeGreaterThan(0);
  });

  for (const name of fixtureNames) {
    describe(name, () => {
      const notice = styleNotice(name);
      const expected = readExpected(name);

      check(name, 'metadata', 'extractMetadata(notice) gives the expected agency, place, inspection, dates and declared counts', () => {
        expect(extractMetadata(notice).metadata).toEqual(expected.metadata);
      });

      check(name, 'areas', 'segmentNotice(notice) gives the expected areas', () => {
        const { segmentation } = segmentNotice(notice);
        expect(segmentation.areas.map(({ path: areaPath, title }) => ({ path: areaPath, title }))).toEqual(expected.areas);
      });

      check(name, 'problems', 'segmentNotice(notice) gives the expected problem paths, titles, areas and measure counts', () => {
        const { segmentation } = segmentNotice(notice);
        const found = segmentation.problems.map((problem) => ({
          path: problem.path,
          title: problem.title,
          area: problem.area,
          measures: measureCount(problem, segmentation),
        }));
        expect(found).toEqual(expected.problems);
      });

      check(name, 'quotes', 'segmentNotice(notice) quotes every title_raw verbatim and flags only what the notice expects', () => {
        const { segmentation, diagnostics } = segmentNotice(notice);
        for (const problem of segmentation.problems) expect(notice.text).toContain(problem.titleRaw);
        expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(expected.diagnostics ?? []);
      });
    });
  }
});
