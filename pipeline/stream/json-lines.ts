import { createReadStream } from 'node:fs';

/**
 * The lines of a JSON Lines file, parsed one at a time, so that a file larger than memory can
 * be read. Blank lines are skipped.
 */
export async function* readJsonLines<T>(file: string): AsyncGenerator<T> {
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      if (end > start) yield JSON.parse(text.slice(start, end)) as T;
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest.trim() !== '') yield JSON.parse(rest) as T;
}
