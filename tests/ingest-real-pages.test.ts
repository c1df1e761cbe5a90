import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../pipeline/ingest';
import { extractMetadata } from '../pipeline/metadata';
import { segmentNotice } from '../pipeline/segment';
import type { Diagnostic, NoticeMetadata, NoticeText, Segmentation } from '../pipeline/types';
import { fixturesFolder, readGold } from './helpers/seeds';

/** One page of `tests/fixtures/pages-real/expected.json` (described in its README). */
interface ExpectedPage {
  file: string;
  seed: string;
  encoding: string;
  title: string;
  agency: string;
  published_date: string;
  problems: number;
  furniture: string[];
}

const pagesFolder = path.join(fixturesFolder, 'pages-real');
const expected: { commonFurniture: string[]; pages: ExpectedPage[] } = JSON.parse(readFileSync(path.join(pagesFolder, 'expected.json'), 'utf8'));
const gold = readGold();

interface PageResult {
  notice: NoticeText;
  ingestDiagnostics: Diagnostic[];
  metadata: NoticeMetadata;
  segmentation: Segmentation;
}

async function readPage(file: string): Promise<PageResult> {
  const bytes = readFileSync(path.join(pagesFolder, file));
  const ingested = await ingestBytes({ path: path.join(pagesFolder, file), file, noticeId: file.replace(/\.[^.]+$/, '') }, bytes);
  if (!ingested.notice) throw new Error(`${file} was not read: ${JSON.stringify(ingested.diagnostics)}`);
  return {
    notice: ingested.notice,
    ingestDiagnostics: ingested.diagnostics,
    metadata: extractMetadata(ingested.notice).metadata,
    segmentation: segmentNotice(ingested.notice).segmentation,
  };
}

describe.each(expected.pages)('a real page layout: $file', (page) => {
  let result: PageResult;
  beforeAll(async () => {
    result = await readPage(page.file);
  });

  it('ingestBytes(page) reads it as HTML in the encoding of its bytes, whatever it declares', () => {
    expect(result.ingestDiagnostics).toEqual([]);
    expect(result.notice.format).toBe('html');
    expect(result.notice.encoding).toBe(page.encoding);
  });

  it('extractMetadata(page) gives the notice’s title, agency and published date, not the page’s', () => {
    const { title, agency, publishedDate } = result.metadata;
    expect({ title, agency, published_date: publishedDate }).toEqual({ title: page.title, agency: page.agency, published_date: page.published_date });
  });

  it('segmentNotice(page) finds the seed’s problems, by path', () => {
    const seed = gold.find((notice) => notice.file === page.seed)!;
    const paths = result.segmentation.problems.map((problem) => problem.path);
    expect(paths).toHaveLength(page.problems);
    expect(paths).toEqual(seed.problems.map((problem) => problem.path));
  });

  it('no furniture word reaches an area title, a problem title or a problem body', () => {
    const texts = [
      ...result.segmentation.areas.map((area) => area.title),
      ...result.segmentation.problems.flatMap((problem) => [problem.title, problem.body]),
    ];
    const leaks = [...expected.commonFurniture, ...page.furniture].filter((word) => texts.some((text) => text.includes(word)));
    expect(leaks).toEqual([]);
  });
});
