import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../pipeline/ingest';
import { extractMetadata } from '../pipeline/metadata';
import { segmentNotice } from '../pipeline/segment';
import type { Diagnostic, NoticeMetadata, NoticeText, Segmentation } from '../pipeline/types';
import { metadataInGoldNames } from './helpers/metadata-in-gold-names';
import { fixturesFolder, readGold, type GoldNotice } from './helpers/seeds';

/** One page of `tests/fixtures/pages/expected.json` (described in its README). */
interface ExpectedPage {
  file: string;
  seed: string | null;
  encoding: string;
  overrides?: Record<string, string | null>;
  problemsUntil?: string;
  notANotice?: Record<string, string | null>;
  diagnostics: string[];
}

const pagesFolder = path.join(fixturesFolder, 'pages');
const expectedPages: ExpectedPage[] = JSON.parse(readFileSync(path.join(pagesFolder, 'expected.json'), 'utf8')).pages;
const gold = readGold();

/** The gold notice's metadata with what the page adds or takes away. */
function expectedMetadata(notice: GoldNotice, overrides: Record<string, string | null>) {
  const fields = ['title', 'agency', 'publisher', 'region', 'level', 'inspection_kind', 'inspection_body', 'inspection_round'] as const;
  const dates = ['inspection_start', 'inspection_end', 'feedback_date', 'published_date'] as const;
  const metadata = Object.fromEntries([...fields, ...dates, 'declared' as const].map((field) => [field, notice[field]]));
  return { ...metadata, ...overrides };
}

/** The gold problems as path and title, up to and including `until` when the page stops inside it. */
function expectedProblems(notice: GoldNotice, until: string | undefined) {
  const problems = notice.problems.map((problem) => ({ path: problem.path, title: problem.title }));
  return until === undefined ? problems : problems.slice(0, problems.findIndex((problem) => problem.path === until) + 1);
}

interface PageResult {
  notice: NoticeText;
  ingestDiagnostics: Diagnostic[];
  metadata: NoticeMetadata;
  segmentation: Segmentation;
  diagnostics: Diagnostic[];
}

async function readPage(file: string): Promise<PageResult> {
  const bytes = readFileSync(path.join(pagesFolder, file));
  const source = { path: path.join(pagesFolder, file), file, noticeId: file.replace(/\.[^.]+$/, '') };
  const ingested = await ingestBytes(source, bytes);
  if (!ingested.notice) throw new Error(`${file} was not read: ${JSON.stringify(ingested.diagnostics)}`);
  const metadata = extractMetadata(ingested.notice);
  const segment = segmentNotice(ingested.notice);
  return {
    notice: ingested.notice,
    ingestDiagnostics: ingested.diagnostics,
    metadata: metadata.metadata,
    segmentation: segment.segmentation,
    diagnostics: [...metadata.diagnostics, ...segment.diagnostics],
  };
}

describe.each(expectedPages)('a government page: $file', (page) => {
  let result: PageResult;
  beforeAll(async () => {
    result = await readPage(page.file);
  });

  it('ingestBytes(page) reads it as HTML in its encoding, without errors', () => {
    expect(result.ingestDiagnostics).toEqual([]);
    expect(result.notice.format).toBe('html');
    expect(result.notice.encoding).toBe(page.encoding);
  });

  it('the page furniture (footer, share bar, 上一篇/下一篇, font-size switch) is not in the text', () => {
    for (const furniture of ['网站标识码', 'ICP备', '公网安备', '分享到', '上一篇', '下一篇', '【大', '阅读原文', '在看', '点赞']) {
      expect(result.notice.text).not.toContain(furniture);
    }
  });

  if (page.seed !== null) {
    const seed = gold.find((notice) => notice.file === page.seed)!;

    it('extractMetadata(page) gives the seed’s gold metadata, with what the page adds', () => {
      expect(metadataInGoldNames(result.metadata)).toEqual(expectedMetadata(seed, page.overrides ?? {}));
    });

    it('segmentNotice(page) gives the seed’s gold problem paths and titles, and its areas', () => {
      const problems = result.segmentation.problems.map((problem) => ({ path: problem.path, title: problem.title }));
      expect(problems).toEqual(expectedProblems(seed, page.problemsUntil));
      expect(result.segmentation.areas.map((area) => ({ path: area.path, title: area.title }))).toEqual(seed.areas);
    });

    it(`segmentNotice(page) flags ${page.problemsUntil ? 'only its last problem' : 'no problem'} truncated`, () => {
      const flags = result.segmentation.problems.map((problem) => problem.truncated);
      const count = expectedProblems(seed, page.problemsUntil).length;
      expect(flags).toEqual(Array.from({ length: count }, (_, index) => page.problemsUntil !== undefined && index === count - 1));
    });
  } else {
    it('extractMetadata(list page) names no title, agency, publisher or date, and segmentNotice finds no problem', () => {
      const metadata = metadataInGoldNames(result.metadata);
      expect(Object.fromEntries(Object.keys(page.notANotice!).map((field) => [field, metadata[field as keyof typeof metadata]]))).toEqual(
        page.notANotice,
      );
      expect(result.segmentation.problems).toEqual([]);
    });
  }

  it(`metadata and segment give the diagnostics ${page.diagnostics.join(', ') || 'none'}`, () => {
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(page.diagnostics);
  });
});
