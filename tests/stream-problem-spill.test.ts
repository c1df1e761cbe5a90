import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeProblemBlock, readProblemBlocks, type ProblemBlock } from '../pipeline/stream/problem-spill';

const folder = await mkdtemp(path.join(tmpdir(), 'notices-spill-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('encodeProblemBlock(block) and readProblemBlocks(file)', () => {
  it('give back the blocks written, in order, across read pieces and with texts of any length', async () => {
    // Over 4 MB in all, so that blocks straddle the reader's pieces.
    const blocks: ProblemBlock[] = Array.from({ length: 120 }, (_, index) => ({
      // Texts of every length modulo 4, multi-byte characters and line breaks inside records.
      csv: Buffer.from(`p${index},"意识形态\r\n工作",${'财'.repeat(index % 7)},`),
      xml: Buffer.from(index % 3 === 0 ? '' : `<row r="\u0001"><c/></row>\n`.repeat(index % 5)),
      terms: new Int32Array(Array.from({ length: index % 2 === 0 ? 20_000 + ((index * 7919) % 20_000) : index % 5 }, (_, term) => term * index - 5)),
    }));
    const file = path.join(folder, 'problems.spill');
    await writeFile(file, Buffer.concat(blocks.map(encodeProblemBlock)));
    expect(blocks.reduce((bytes, block) => bytes + block.terms.byteLength, 0)).toBeGreaterThan(4 << 20);
    const read: ProblemBlock[] = [];
    for await (const block of readProblemBlocks(file)) read.push(block);
    const texts = (block: ProblemBlock) => ({ csv: Buffer.from(block.csv).toString(), xml: Buffer.from(block.xml).toString() });
    expect(read.map(texts)).toEqual(blocks.map(texts));
    // Compared as bytes: a deep comparison of millions of numbers takes seconds.
    const bytesOf = (block: ProblemBlock) => Buffer.from(block.terms.buffer, block.terms.byteOffset, block.terms.byteLength);
    expect(read.map((block, index) => Buffer.compare(bytesOf(block), bytesOf(blocks[index])))).toEqual(blocks.map(() => 0));
    expect(read.map((block) => block.terms.length)).toEqual(blocks.map((block) => block.terms.length));
  });

  it('fails naming the file when it ends inside a block', async () => {
    const file = path.join(folder, 'cut.spill');
    const bytes = encodeProblemBlock({ csv: Buffer.from('a,'), xml: Buffer.alloc(0), terms: new Int32Array([1, 2, 3]) });
    await writeFile(file, bytes.subarray(0, bytes.length - 2));
    await expect(async () => {
      for await (const block of readProblemBlocks(file)) void block;
    }).rejects.toThrow(/cut\.spill.*ends inside a block/);
  });
});
