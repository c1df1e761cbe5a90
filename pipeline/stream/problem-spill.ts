import { createReadStream } from 'node:fs';

/**
 * A notice's problems as they wait on disk for the end of the run, when the corpus's term
 * counts give their keywords: the text of their `problems.csv` records up to the keywords
 * cell, their worksheet rows, and per problem `[record length, term count, (term id, weight) …]`.
 */
export interface ProblemBlock {
  /** The problems' CSV records in UTF-8, each without its keywords cell and line end, one after another. */
  csv: Uint8Array;
  /** The problems' worksheet rows in UTF-8, one a line (empty without a workbook). */
  xml: Uint8Array;
  terms: Int32Array;
}

// A block: [csv bytes, xml bytes, term ints] as three 32-bit counts, the two texts in UTF-8,
// padding to a multiple of four bytes, then the ints.
const HEADER_BYTES = 12;

/** A block as bytes, to append to the spill file. */
export function encodeProblemBlock(block: ProblemBlock): Buffer {
  const { csv, xml } = block;
  const textBytes = padded(csv.length + xml.length);
  const bytes = Buffer.alloc(HEADER_BYTES + textBytes + block.terms.length * 4);
  bytes.writeInt32LE(csv.length, 0);
  bytes.writeInt32LE(xml.length, 4);
  bytes.writeInt32LE(block.terms.length, 8);
  bytes.set(csv, HEADER_BYTES);
  bytes.set(xml, HEADER_BYTES + csv.length);
  Buffer.from(block.terms.buffer, block.terms.byteOffset, block.terms.byteLength).copy(bytes, HEADER_BYTES + textBytes);
  return bytes;
}

/** The blocks of a spill file in the order they were written, read a large piece at a time. */
export async function* readProblemBlocks(file: string): AsyncGenerator<ProblemBlock> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 22 })) {
    const bytes = rest.length === 0 ? (chunk as Buffer) : Buffer.concat([rest, chunk as Buffer]);
    let at = 0;
    while (bytes.length - at >= HEADER_BYTES) {
      const csvBytes = bytes.readInt32LE(at);
      const xmlBytes = bytes.readInt32LE(at + 4);
      const termCount = bytes.readInt32LE(at + 8);
      const textBytes = padded(csvBytes + xmlBytes);
      const size = HEADER_BYTES + textBytes + termCount * 4;
      if (bytes.length - at < size) break;
      const textStart = at + HEADER_BYTES;
      // Copied: the read buffer's ints need not be aligned, and it is reused.
      const terms = new Int32Array(termCount);
      Buffer.from(terms.buffer).set(bytes.subarray(textStart + textBytes, at + size));
      yield { csv: Buffer.from(bytes.subarray(textStart, textStart + csvBytes)), xml: Buffer.from(bytes.subarray(textStart + csvBytes, textStart + csvBytes + xmlBytes)), terms };
      at += size;
    }
    rest = Buffer.from(bytes.subarray(at));
  }
  if (rest.length > 0) throw new Error(`${file}: the spill file ends inside a block (${rest.length} bytes left)`);
}

function padded(bytes: number): number {
  return Math.ceil(bytes / 4) * 4;
}
