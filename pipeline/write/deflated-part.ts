import { open, rm, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

// Rows are compressed in pieces of this size; each piece is a deflate stream of its own,
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
  // Appended bytes are copied into pieces that are used again once compressed: what the run
  // appends dies young, and the main thread's heap does not fill with buffers that only a
  // full collection frees (one every few dozen notices, when pieces were fresh concatenations).
  const freePieces: Buffer[] = [];
  let piece: Buffer = Buffer.allocUnsafe(PIECE_BYTES);
  let used = 0;
  let crc = 0;
  let size = 0;
  let compressedSize = 0;
  let written: Promise<void> = Promise.resolve();
  let inFlight = 0;

  const compressPiece = () => {
    if (used === 0) return;
    const full = piece;
    const content = full.subarray(0, used);
    piece = freePieces.pop() ?? Buffer.allocUnsafe(PIECE_BYTES);
    used = 0;
    crc = crc32(content, crc);
    size += content.length;
    // Compressed at once, in parallel with the pieces before it; written in order.
    // Output in large chunks: each chunk costs the main thread a callback.
    const compressed = deflateRawAsync(content, { level: COMPRESSION_LEVEL, finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1 << 18 });
    compressed.then(() => freePieces.push(full), () => undefined);
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
      for (let from = 0; from < bytes.length; ) {
        const taken = Math.min(bytes.length - from, PIECE_BYTES - used);
        piece.set(bytes.subarray(from, from + taken), used);
        used += taken;
        from += taken;
        if (used < PIECE_BYTES) break;
        compressPiece();
        if (inFlight >= PIECES_IN_FLIGHT) await written;
      }
    },
    async finish() {
      compressPiece();
      await written;
      await handle.close();
      return { file, crc: crc >>> 0, size, compressedSize };
    },
    async discard() {
      used = 0;
      await written.catch(() => undefined);
      await handle.close().catch(() => undefined);
      await rm(file, { force: true });
    },
  };
}
