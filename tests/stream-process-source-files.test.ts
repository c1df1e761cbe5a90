import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processSourceFile, processSourceFiles, type NoticeContext } from '../pipeline/stream/process-source-file';
import { loadTaxonomy } from '../pipeline/taxonomy';
import type { SourceFile } from '../pipeline/types';
import { corpusFolder, seedFiles } from './helpers/seeds';

const taxonomy = loadTaxonomy();
const context: NoticeContext = {
  taxonomy,
  categories: taxonomy.categories.map(({ key, label }) => ({ key, label })),
  tokenizer: { cut: (text) => [...text] },
};

function sourceOf(file: string, folder = corpusFolder): SourceFile {
  return { path: path.join(folder, file), file, noticeId: file.replace(/\.[^.]+$/, '') };
}

describe('processSourceFiles(files, context, timings)', () => {
  it('gives each file the outcome processSourceFile gives it alone, a missing file its own diagnostic among them', async () => {
    const sources = [sourceOf(seedFiles()[0]), sourceOf('missing.txt', path.join(corpusFolder, 'no-such-folder')), sourceOf(seedFiles()[1])];
    const together = await processSourceFiles(sources.map((source) => ({ source, bytes: null })), context);
    const alone = await Promise.all(sources.map((source) => processSourceFile(source, null, context)));
    expect(together).toEqual(alone);
    expect(together[1].notice).toBeNull();
    expect(together[1].diagnostics.map(({ file, severity }) => ({ file, severity }))).toEqual([{ file: 'missing.txt', severity: 'error' }]);
    expect(together[0].notice?.input.noticeId).toBe(sources[0].noticeId);
    expect(together[2].notice?.input.noticeId).toBe(sources[2].noticeId);
  });

  it('adds the ingest and rows times of each file to its own timings', async () => {
    const sources = seedFiles().slice(0, 2).map((file) => sourceOf(file));
    const timings = sources.map(() => ({}));
    await processSourceFiles(sources.map((source) => ({ source, bytes: null })), context, timings);
    for (const timing of timings) expect(Object.keys(timing).sort()).toEqual(['ingest', 'metadata', 'rows', 'segment', 'tag', 'tokenize']);
  });
});
