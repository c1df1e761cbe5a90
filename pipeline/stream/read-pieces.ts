import { createReadStream } from 'node:fs';

/** A file's content in large pieces, as written. */
export async function* readPieces(file: string): AsyncGenerator<string> {
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) yield chunk as string;
}
