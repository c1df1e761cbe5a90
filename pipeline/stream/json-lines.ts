import { createReadStream } from 'node:fs';

/**
 * The lines of a text file, one at a time (without their line feed), so that a file larger
 * than memory can be read. Empty lines are skipped.
 */
export async function* readLines(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      if (end > start) yield text.slice(start, end);
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') yield rest;
}

/** The lines of a JSON Lines file, parsed one at a time. */
export async function* readJsonLines<T>(file: string): AsyncGenerator<T> {
  for await (const line of readLines(file)) if (line.trim() !== '') yield JSON.parse(line) as T;
}

/** A file's content in large pieces, as written. */
export async function* readPieces(file: string): AsyncGenerator<string> {
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) yield chunk as string;
}
