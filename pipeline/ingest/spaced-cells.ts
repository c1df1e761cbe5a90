/** One piece of a line between runs of spaces, with where it sits in the line. */
export interface SpacedPiece {
  text: string;
  /** Where the piece starts and ends, in places: a Chinese or full-width character takes two, an ASCII one one, as a fixed-width layout sets them. */
  start: number;
  end: number;
}

// Two spaces or more, or any ideographic space: a gap between cells. One ASCII space stays inside a cell (2024年 8月, 1.学习 2.研讨).
const CELL_GAP = /[ \u00a0\u3000]*\u3000[ \u00a0\u3000]*|[ \u00a0]{2,}/g;

/**
 * A line copied out of a PDF or Word table with its cells separated by runs of spaces (not
 * tabs) → its pieces, each with its place: pdftotext -layout and a PDF viewer's copy keep each
 * column at its own place, so a piece's place says which column it is in even where the cells
 * before it are empty.
 */
export function spacedPieces(line: string): SpacedPiece[] {
  const pieces: SpacedPiece[] = [];
  let place = 0;
  let index = 0;
  for (const gap of line.matchAll(CELL_GAP)) {
    place = addPiece(pieces, line.slice(index, gap.index), place);
    place += placesOf(gap[0]);
    index = gap.index + gap[0].length;
  }
  addPiece(pieces, line.slice(index), place);
  return pieces;
}

/** True when a line's cells are separated by runs of spaces: it has a gap between two pieces of text. */
export function hasCellGaps(line: string): boolean {
  return spacedPieces(line).length > 1;
}

function addPiece(pieces: SpacedPiece[], raw: string, place: number): number {
  const leading = /^\s*/.exec(raw)![0];
  const text = raw.trim();
  const start = place + placesOf(leading);
  if (text !== '') pieces.push({ text, start, end: start + placesOf(text) });
  return place + placesOf(raw);
}

function placesOf(text: string): number {
  let places = 0;
  for (const character of text) places += character.charCodeAt(0) < 0x7f || character === '\u00a0' ? 1 : 2;
  return places;
}
