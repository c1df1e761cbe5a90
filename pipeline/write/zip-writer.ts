import { createWriteStream, type WriteStream } from 'node:fs';
import { createReadStream } from 'node:fs';
import { crc32, createDeflateRaw, constants } from 'node:zlib';
import { crc32Combine } from './crc32-combine';
import type { DeflatedPart } from './deflated-part';

/** A zip file written entry by entry, each entry's content streamed through deflate. */
export interface ZipWriter {
  /** Adds an entry whose content is the given pieces (text as UTF-8, or bytes), in order; they are compressed as they come. */
  addEntry(name: string, pieces: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): Promise<void>;
  /**
   * Adds an entry whose middle was compressed beforehand (`openDeflatedPart`): `before` and
   * `after` are stored around it, uncompressed, as the deflate format allows (they are a
   * worksheet's first and last lines, small and known only at the end).
   */
  addPrecompressedEntry(name: string, before: string, middle: DeflatedPart, after: string): Promise<void>;
  /** Writes the central directory and closes the file. */
  close(): Promise<void>;
}

interface EntryRecord {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

// Level 1 compresses spreadsheet XML to within a few per cent of the default level at a
// fraction of its cost; a workbook is written once per run and opened a few times.
const COMPRESSION_LEVEL = 1;
// General-purpose flags: bit 3 (sizes and CRC follow the data), bit 11 (names are UTF-8).
const FLAGS = 0x0008 | 0x0800;
const DEFLATE = 8;
const VERSION = 20;
const LOCAL_HEADER_BYTES = 30;
// A stored deflate block holds at most this many bytes.
const STORED_BLOCK_BYTES = 65_535;
// 1 January 1980, the first date zip can hold: entries carry no time of their own.
const DOS_DATE = (1 << 5) | 1;

/**
 * Opens `file` for a zip archive (no zip64: entries and the archive stay under 4 GB, which a
 * workbook of at most 1,048,576 rows per sheet does). Entries are written one after another;
 * each one's CRC and sizes go in a data descriptor after it, so nothing is held in memory.
 */
export function openZipWriter(file: string): ZipWriter {
  const output: WriteStream = createWriteStream(file);
  const records: EntryRecord[] = [];
  let offset = 0;
  let failure: Error | null = null;
  output.on('error', (error) => (failure = error));

  const write = (chunk: Buffer): Promise<void> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      offset += chunk.length;
      if (output.write(chunk)) resolve();
      else output.once('drain', resolve);
    });

  const startEntry = async (name: string): Promise<EntryRecord> => {
    const nameBytes = Buffer.from(name, 'utf8');
    const record: EntryRecord = { name: nameBytes, crc: 0, compressedSize: 0, size: 0, offset };
    const header = Buffer.alloc(LOCAL_HEADER_BYTES);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt16LE(nameBytes.length, 26);
    await write(Buffer.concat([header, nameBytes]));
    return record;
  };

  const endEntry = async (record: EntryRecord) => {
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(record.crc >>> 0, 4);
    descriptor.writeUInt32LE(record.compressedSize, 8);
    descriptor.writeUInt32LE(record.size, 12);
    await write(descriptor);
    records.push(record);
  };

  return {
    async addEntry(name, pieces) {
      const record = await startEntry(name);
      const deflate = createDeflateRaw({ level: COMPRESSION_LEVEL, strategy: constants.Z_DEFAULT_STRATEGY });
      const compressed = (async () => {
        for await (const chunk of deflate as AsyncIterable<Buffer>) {
          record.compressedSize += chunk.length;
          await write(chunk);
        }
      })();
      for await (const piece of pieces) {
        const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
        record.crc = crc32(bytes, record.crc);
        record.size += bytes.length;
        if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
      }
      deflate.end();
      await compressed;
      await endEntry(record);
    },
    async addPrecompressedEntry(name, before, middle, after) {
      const record = await startEntry(name);
      const beforeBytes = Buffer.from(before, 'utf8');
      const afterBytes = Buffer.from(after, 'utf8');
      for (const block of storedBlocks(beforeBytes, false)) await write(block);
      for await (const chunk of createReadStream(middle.file, { highWaterMark: 1 << 20 })) await write(chunk as Buffer);
      for (const block of storedBlocks(afterBytes, true)) await write(block);
      record.compressedSize = offset - record.offset - LOCAL_HEADER_BYTES - record.name.length;
      record.size = beforeBytes.length + middle.size + afterBytes.length;
      record.crc = crc32Combine(crc32Combine(crc32(beforeBytes), middle.crc, middle.size), crc32(afterBytes), afterBytes.length);
      await endEntry(record);
    },
    async close() {
      const directoryStart = offset;
      for (const record of records) {
        const entry = Buffer.alloc(46);
        entry.writeUInt32LE(0x02014b50, 0);
        entry.writeUInt16LE(VERSION, 4);
        entry.writeUInt16LE(VERSION, 6);
        entry.writeUInt16LE(FLAGS, 8);
        entry.writeUInt16LE(DEFLATE, 10);
        entry.writeUInt16LE(DOS_DATE, 14);
        entry.writeUInt32LE(record.crc >>> 0, 16);
        entry.writeUInt32LE(record.compressedSize, 20);
        entry.writeUInt32LE(record.size, 24);
        entry.writeUInt16LE(record.name.length, 28);
        entry.writeUInt32LE(record.offset, 42);
        await write(Buffer.concat([entry, record.name]));
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(records.length, 8);
      end.writeUInt16LE(records.length, 10);
      end.writeUInt32LE(offset - directoryStart, 12);
      end.writeUInt32LE(directoryStart, 16);
      await write(end);
      await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
      if (failure) throw failure;
    },
  };
}

/**
 * `bytes` as stored (uncompressed) deflate blocks, starting on a byte boundary; the last one is
 * the stream's final block if `final`. An empty text still gives one block when it is final.
 */
function storedBlocks(bytes: Buffer, final: boolean): Buffer[] {
  const blocks: Buffer[] = [];
  for (let start = 0; start < bytes.length || (final && blocks.length === 0); start += STORED_BLOCK_BYTES) {
    const data = bytes.subarray(start, start + STORED_BLOCK_BYTES);
    const header = Buffer.alloc(5);
    // BFINAL in the lowest bit, BTYPE 00 (stored) above it, the rest of the byte padding.
    header[0] = final && start + STORED_BLOCK_BYTES >= bytes.length ? 1 : 0;
    header.writeUInt16LE(data.length, 1);
    header.writeUInt16LE(~data.length & 0xffff, 3);
    blocks.push(header, data);
  }
  return blocks;
}
