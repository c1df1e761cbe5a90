import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32Combine } from '../pipeline/write/crc32-combine';
import { openDeflatedPart } from '../pipeline/write/deflated-part';
import { openZipWriter } from '../pipeline/write/zip-writer';

const folder = await mkdtemp(path.join(tmpdir(), 'notices-deflated-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('crc32Combine(first, second, secondLength)', () => {
  it('gives the CRC-32 of the two contents one after the other', () => {
    for (const [first, second] of [['<row r="1">', '意识形态'.repeat(5000)], ['', 'x'], ['x', ''], ['abc'.repeat(70_000), '</sheetData>']]) {
      const [left, right] = [Buffer.from(first), Buffer.from(second)];
      expect(crc32Combine(crc32(left), crc32(right), right.length)).toBe(crc32(Buffer.concat([left, right])));
    }
  });
});

describe('openDeflatedPart(file) and addPrecompressedEntry(name, before, middle, after)', () => {
  it('make a zip entry that inflates to the first lines, the rows appended and the last lines, with their CRC', async () => {
    const part = await openDeflatedPart(path.join(folder, 'rows.deflate'));
    // Over a few pieces of compression, in appends of every size, with multi-byte text.
    const rows = Array.from({ length: 40_000 }, (_, index) => `<row r="${index + 2}"><c t="inlineStr"><is><t>意识形态${index % 97}</t></is></c></row>\n`);
    for (let index = 0; index < rows.length; index += 1 + (index % 7)) await part.append(Buffer.from(rows.slice(index, index + 1 + (index % 7)).join('')));
    const middle = await part.finish();
    const content = rows.join('');
    expect(middle.size).toBe(Buffer.byteLength(content));
    expect(middle.size).toBeGreaterThan(2 << 20);

    const zipFile = path.join(folder, 'book.zip');
    const zip = openZipWriter(zipFile);
    const before = '<worksheet><cols/><sheetData>';
    const after = '</sheetData></worksheet>';
    await zip.addPrecompressedEntry('sheet.xml', before, middle, after);
    await zip.close();

    const bytes = await readFile(zipFile);
    const dataStart = 30 + bytes.readUInt16LE(26);
    const inflated = inflateRawSync(bytes.subarray(dataStart));
    expect(inflated.toString('utf8')).toBe(before + content + after);
    // The data descriptor after the entry's data: signature, CRC, sizes.
    const descriptor = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]), dataStart);
    expect(bytes.readUInt32LE(descriptor + 4)).toBe(crc32(inflated));
    expect(bytes.readUInt32LE(descriptor + 8)).toBe(descriptor - dataStart);
    expect(bytes.readUInt32LE(descriptor + 12)).toBe(inflated.length);
  });

  it('makes an entry of the first and last lines alone when nothing was appended', async () => {
    const part = await openDeflatedPart(path.join(folder, 'empty.deflate'));
    const middle = await part.finish();
    const zipFile = path.join(folder, 'empty.zip');
    const zip = openZipWriter(zipFile);
    await zip.addPrecompressedEntry('sheet.xml', '<a>', middle, '');
    await zip.close();
    const bytes = await readFile(zipFile);
    expect(inflateRawSync(bytes.subarray(30 + bytes.readUInt16LE(26))).toString()).toBe('<a>');
  });
});
