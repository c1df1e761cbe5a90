import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ingestBytes, type IngestResult } from '../../pipeline/ingest';
import { extractMetadata } from '../../pipeline/metadata';
import { segmentNotice } from '../../pipeline/segment';
import { fixturesFolder } from './seeds';

/** The page fixtures built around notices of their own (`pages3-*`, `pages4-*`). */
export const realPagesFolder = path.join(fixturesFolder, 'pages-real');

/** What a page of those fixtures' expectations says of a page that holds its notice. */
export interface ExpectedNoticePage {
  file: string;
  firstLine: string;
  lastLine: string;
  title: string;
  agency: string;
  published_date: string;
  problems: string[];
  furniture: string[];
}

/** A page fixture through `ingestBytes`, as a run reads it. */
export async function ingestPage(file: string): Promise<IngestResult> {
  const bytes = readFileSync(path.join(realPagesFolder, file));
  return ingestBytes({ path: path.join(realPagesFolder, file), file, noticeId: file.replace(/\.html$/, '') }, bytes);
}

/**
 * The checks every page holding its notice gets, registered in the calling `describe`: the
 * notice kept once from its first line to its last, no furniture word left, and its title,
 * agency, date and problems read.
 */
export function checkPageHoldingNotice(page: ExpectedNoticePage): void {
  let ingested: IngestResult;
  let text: string;
  beforeAll(async () => {
    ingested = await ingestPage(page.file);
    text = ingested.notice?.text ?? '';
  });

  it('ingestBytes(page) keeps the notice once, from its first line to its last, and nothing of the page after it', () => {
    expect(ingested.diagnostics).toEqual([]);
    expect(text.split(page.firstLine)).toHaveLength(2);
    expect(text.trim().split('\n').at(-1)).toBe(page.lastLine);
  });

  it('ingestBytes(page) drops the page’s furniture', () => {
    expect(page.furniture.filter((word) => text.includes(word))).toEqual([]);
  });

  it('extractMetadata and segmentNotice read the notice’s title, agency, date and problems', () => {
    const { title, agency, publishedDate } = extractMetadata(ingested.notice!).metadata;
    expect({ title, agency, published_date: publishedDate }).toEqual({ title: page.title, agency: page.agency, published_date: page.published_date });
    expect(segmentNotice(ingested.notice!).segmentation.problems.map((problem) => problem.title)).toEqual(page.problems);
  });
}
