import furniture from './page-furniture.json';
import { normalizeForParsing } from './normalize';
import { pageDateIn } from './page-labels';

/**
 * A page's text without the second copy of its article: news pages carry the article once for
 * desktops and once for phones, and a browser shows one. A copy is a run of lines (blank lines
 * aside) repeating, in order, lines already read, holding at least `shortestRepeatedRun` lines of
 * `shortestRepeatedLine` characters or more; the lines just above it that repeat an earlier line
 * or only give a date (the copy's title and date header) go with it.
 */
export function withoutRepeatedCopy(text: string): string {
  const lines = text.split('\n');
  const keys = lines.map((line) => normalizeForParsing(line).replace(/\s+/g, ''));
  const filled = keys.flatMap((key, index) => (key === '' ? [] : [index]));
  // A second copy of the article is a large share of the page; a few lines a notice repeats are not.
  const shortestCopy = furniture.smallestRepeatedShare * filled.reduce((sum, index) => sum + keys[index].length, 0);
  const firstSeen = new Map<string, number>();
  const dropped = new Set<number>();
  for (let position = 0; position < filled.length; position++) {
    const key = keys[filled[position]];
    const earlier = firstSeen.get(key);
    if (earlier === undefined || key.length < furniture.shortestRepeatedLine) {
      if (!firstSeen.has(key)) firstSeen.set(key, position);
      continue;
    }
    const length = repeatedRunLength(keys, filled, earlier, position);
    if (length === 0 || runCharacters(keys, filled, position, length) < shortestCopy) continue;
    for (let offset = 0; offset < length; offset++) dropped.add(filled[position + offset]);
    // The copy may open with short lines (a heading) that repeat the first copy's opening too.
    let start = position;
    let origin = earlier;
    while (origin > 0 && !dropped.has(filled[start - 1]) && keys[filled[start - 1]] === keys[filled[origin - 1]]) {
      start--;
      origin--;
      dropped.add(filled[start]);
    }
    for (const above of copyHeader(lines, keys, filled, start, firstSeen, origin)) dropped.add(filled[above]);
    position += length - 1;
  }
  if (dropped.size === 0) return text;
  return lines.filter((_, index) => !dropped.has(index)).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function runCharacters(keys: string[], filled: number[], position: number, length: number): number {
  let characters = 0;
  for (let offset = 0; offset < length; offset++) characters += keys[filled[position + offset]].length;
  return characters;
}

/** How many lines from `position` repeat the lines from `earlier` in order; 0 when too few long ones. */
function repeatedRunLength(keys: string[], filled: number[], earlier: number, position: number): number {
  let length = 0;
  let longLines = 0;
  while (earlier + length < position && position + length < filled.length && keys[filled[earlier + length]] === keys[filled[position + length]]) {
    if (keys[filled[position + length]].length >= furniture.shortestRepeatedLine) longLines++;
    length++;
  }
  return longLines >= furniture.shortestRepeatedRun ? length : 0;
}

/**
 * The lines just above a copy that head it: bare dates right above it (its date line), then lines
 * repeating a line above the first copy (its title). A bare date above the title is the first
 * copy's signature date and stays.
 */
function copyHeader(lines: string[], keys: string[], filled: number[], copyStart: number, firstSeen: Map<string, number>, firstCopyStart: number): number[] {
  const header: number[] = [];
  let passedRepeat = false;
  for (let above = copyStart - 1; above >= 0; above--) {
    const seen = firstSeen.get(keys[filled[above]]);
    const line = lines[filled[above]].trim();
    if (seen !== undefined && seen < firstCopyStart) passedRepeat = true;
    else if (passedRepeat || pageDateIn(line) !== line) break;
    header.push(above);
  }
  return header;
}
