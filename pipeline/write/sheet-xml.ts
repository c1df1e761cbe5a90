import type { Cell } from '../types';

// Characters XML 1.0 cannot hold at all (C0 controls but tab, line feed and carriage return; unpaired surrogates; U+FFFE/U+FFFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPED = /[&<>"\n\r]/g;
// Line breaks as character references: a reader keeps them as written (a raw CR would become
// LF), and a row's XML stays on one line, so rows can be kept one a line in a file.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;' };

// Any character that may need one of the replacements below: most texts have none and are returned as they are.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MAY_NEED_ESCAPING = /[&<>"\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** Text made safe for XML content or an attribute value, on one line. */
export function escapeXml(text: string): string {
  if (!MAY_NEED_ESCAPING.test(text)) return text;
  return text.replace(NOT_IN_XML, '').replace(ESCAPED, (character) => ENTITIES[character]);
}

/** `A`, `B`, …, `Z`, `AA`, …: the letters of a 0-based column index. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * Stands for the row number in the XML of a row written before its place is known (in a
 * worker): `numberRows` puts the numbers in. It is a control character, which `escapeXml`
 * removes from any text, so it never occurs otherwise.
 */
export const ROW_NUMBER_MARK = '\u0001';
const MARK_BYTE = ROW_NUMBER_MARK.charCodeAt(0);
const QUOTE = 0x22;

/**
 * One worksheet row as SpreadsheetML, on one line: numbers as numbers, text as inline strings
 * (never a formula, whatever it starts with), empty texts, empty and non-finite cells left
 * out. `rowNumber` may be `ROW_NUMBER_MARK`; `style` is the cell format index (1: the bold header).
 */
export function rowXml(row: readonly Cell[], rowNumber: number | string, letters: readonly string[], style = 0): string {
  const styleAttribute = style === 0 ? '' : ` s="${style}"`;
  let xml = `<row r="${rowNumber}">`;
  for (let index = 0; index < row.length; index++) {
    const cell = row[index];
    if (cell === null || cell === undefined || cell === '') continue;
    const reference = `${letters[index] ?? columnLetters(index)}${rowNumber}`;
    if (typeof cell === 'number') {
      if (Number.isFinite(cell)) xml += `<c r="${reference}"${styleAttribute}><v>${cell}</v></c>`;
    } else {
      xml += `<c r="${reference}"${styleAttribute} t="inlineStr">${inlineText(cell)}</c>`;
    }
  }
  return `${xml}</row>`;
}

// Whitespace a spreadsheet trims from the ends of a text unless told to keep it.
const EDGE_WHITESPACE = /^[ \t\r\n]|[ \t\r\n]$/;

/**
 * A text cell's content (`<is><t>…</t></is>`), escaped; marked to keep its spaces only when it
 * has some at an end, as a spreadsheet application writes it: the mark on every cell was a
 * sixth of a worksheet's bytes.
 */
export function inlineText(text: string): string {
  const space = EDGE_WHITESPACE.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${escapeXml(text)}</t></is>`;
}

/**
 * Numbers rows written with `ROW_NUMBER_MARK` (UTF-8 bytes, as a worker sends them), the first
 * one `first`; returns the XML and the number the next row gets. Works on bytes so that the
 * main thread, which numbers every row of a run, never decodes and encodes them again.
 */
export function numberRows(xml: Uint8Array, first: number): { xml: Buffer; next: number } {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  // First the marks and the size of the result, then one buffer filled in: a run numbers
  // millions of rows, and a piece per mark made the main thread's garbage.
  const marks: number[] = [];
  let length = bytes.length;
  let current = first - 1;
  let digits = 0;
  for (let mark = bytes.indexOf(MARK_BYTE); mark !== -1; mark = bytes.indexOf(MARK_BYTE, mark + 1)) {
    // A row's mark follows `<row r="`, a cell's its column letters (`r="B`): the quote tells them apart.
    if (bytes[mark - 1] === QUOTE) digits = decimalDigits(++current);
    marks.push(mark);
    length += digits - 1;
  }
  const numbered = Buffer.allocUnsafe(length);
  const number = new Uint8Array(16);
  current = first - 1;
  digits = 0;
  let from = 0;
  let at = 0;
  for (const mark of marks) {
    if (bytes[mark - 1] === QUOTE) digits = writeDigits(++current, number);
    // Most pieces between marks are a cell's few bytes: copied here, not by a call into C++ each.
    if (mark - from < SHORT_PIECE) {
      for (let index = from; index < mark; index++) numbered[at++] = bytes[index];
    } else {
      at += bytes.copy(numbered, at, from, mark);
    }
    for (let digit = 0; digit < digits; digit++) numbered[at++] = number[digit];
    from = mark + 1;
  }
  bytes.copy(numbered, at, from);
  return { xml: numbered, next: current + 1 };
}

// Below this many bytes a piece is copied byte by byte, which is faster than `Buffer.copy`'s call.
const SHORT_PIECE = 64;
const DIGIT_ZERO = 0x30;

function decimalDigits(value: number): number {
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  return digits;
}

/** Writes `value`'s decimal digits (ASCII) at the start of `into`; returns how many. */
function writeDigits(value: number, into: Uint8Array): number {
  const digits = decimalDigits(value);
  let rest = value;
  for (let position = digits - 1; position >= 0; position--) {
    into[position] = DIGIT_ZERO + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return digits;
}
