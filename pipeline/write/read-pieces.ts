import { createReadStream } from 'node:fs';

/** A file's bytes in large pieces, as written: for copying on without decoding them. */
export async function* readPieces(file: string): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) yield chunk as Buffer;
}
