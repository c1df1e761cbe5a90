import { open, rm, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

// Rows are compressed in pieces of about this size; each piece is a deflate stream of its own,
// ended by a sync flush, so that the pieces, one after another, are one valid deflate stream.
const PIECE_BYTES = 1 << 20;
// Pieces compressed at once (zlib's threads) before `append` waits for the oldest to be written.
const PIECES_IN_FLIGHT = 4;
// As for the workbook's other entries (see zip-writer).
const COMPRESSION_LEVEL = 1;

/** Content compressed as it was written: the file of its deflate data, and what a zip entry needs to say of it. */
export interface DeflatedPart {
  file: string;
  /** CRC-32 and length of the content before compression. */
  crc: number;
  size: number;
  compressedSize: number;
}

/** A part file that compresses what is appended to it, off the main thread. */
export interface DeflatedPartWriter {
  append(bytes: Uint8Array): Promise<void>;
  /** Compresses and writes what is left; the data ends on a byte boundary, without a final block. */
  finish(): Promise<DeflatedPart>;
  discard(): Promise<void>;
}

/**
 * Opens `file` for content compressed as it comes, so that a worksheet's rows are compressed
 * during the run, on zlib's threads, rather than all at its end. The data is raw deflate
 * without a final block: a zip entry puts it between stored blocks of the sheet's first and
 * last lines (see `addPrecompressedEntry`).
 */
export async function openDeflatedPart(file: string): Promise<DeflatedPartWriter> {
  const handle: FileHandle = await open(file, 'w');
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let crc = 0;
  let size = 0;
  let compressedSize = 0;
  let written: Promise<void> = Promise.resolve();
  let inFlight = 0;

  const compressPending = () => {
    if (pendingBytes === 0) return;
    const piece = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    crc = crc32(piece, crc);
    size += piece.length;
    // Compressed at once, in parallel with the pieces before it; written in order.
    // Output in large chunks: each chunk costs the main thread a callback.
    const compressed = deflateRawAsync(piece, { level: COMPRESSION_LEVEL, finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1 << 18 });
    compressed.catch(() => undefined);
    inFlight++;
    written = written.then(async () => {
      const data = await compressed;
      compressedSize += data.length;
      await handle.write(data);
      inFlight--;
    });
  };

  return {
    async append(bytes) {
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes < PIECE_BYTES) return;
      compressPending();
      if (inFlight >= PIECES_IN_FLIGHT) await written;
    },
    async finish() {
      compressPending();
      await written;
      await handle.close();
      return { file, crc: crc >>> 0, size, compressedSize };
    },
    async discard() {
      pending = [];
      await written.catch(() => undefined);
      await handle.close().catch(() => undefined);
      await rm(file, { force: true });
    },
  };
}
