import iconv from 'iconv-lite';

/**
 * Groups whose text is not the document's body: tables of fonts, colours and styles, document
 * properties, pictures, running headers and footers, field instructions (the field's result stays).
 */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'themedata', 'colorschememapping', 'datastore',
  'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'xmlnstbl', 'generator', 'fldinst', 'filetbl',
  'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation',
]);

const LINE_BREAKS = new Set(['par', 'line', 'sect', 'page', 'row', 'cell']);

/** Windows code pages named by `\ansicpgN` → iconv-lite's names. */
const CODE_PAGES: Record<number, string> = { 936: 'GB18030', 54936: 'GB18030', 950: 'Big5', 65001: 'UTF-8', 1252: 'windows-1252' };

interface GroupState {
  skipped: boolean;
  /** How many fallback characters follow a `\uN` (set by `\ucN`). */
  unicodeFallback: number;
}

/**
 * An RTF document → its body text: a minimal reader for what government sites publish as .doc.
 * Handles `\'xx` bytes in the document's code page (GBK when `\ansicpg936`, or when none is named:
 * notices are Chinese), `\uN?` characters, paragraphs, line breaks and table cells.
 */
export function rtfToText(source: string): { text: string; encoding: string } {
  const encoding = codePageOf(source);
  const stack: GroupState[] = [];
  let state: GroupState = { skipped: false, unicodeFallback: 1 };
  let text = '';
  let pendingBytes: number[] = [];
  let fallbackToSkip = 0;
  const emit = (characters: string): void => {
    if (!state.skipped) text += characters;
  };
  const flushBytes = (): void => {
    if (pendingBytes.length > 0) emit(iconv.decode(Buffer.from(pendingBytes), encoding));
    pendingBytes = [];
  };

  let index = 0;
  while (index < source.length) {
    const character = source[index];
    if (character === '{' || character === '}') {
      flushBytes();
      if (character === '{') stack.push(state);
      else state = stack.pop() ?? state;
      if (character === '{') state = { ...state };
      fallbackToSkip = 0;
      index++;
      continue;
    }
    if (character === '\r' || character === '\n') {
      index++;
      continue;
    }
    if (character !== '\\') {
      flushBytes();
      if (fallbackToSkip > 0) fallbackToSkip--;
      else emit(character);
      index++;
      continue;
    }
    const next = source[index + 1];
    if (next === "'") {
      const byte = Number.parseInt(source.slice(index + 2, index + 4), 16);
      if (fallbackToSkip > 0) fallbackToSkip--;
      else if (!Number.isNaN(byte)) pendingBytes.push(byte);
      index += 4;
      continue;
    }
    flushBytes();
    const word = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(source.slice(index, index + 40));
    if (!word) {
      // A control symbol: an escaped brace or backslash, a no-break space, `\*` (an ignorable destination).
      if (next === '*') state.skipped = true;
      else if (next === '~') emit('\u00a0');
      else if (next === '_') emit('-');
      else if (next === '{' || next === '}' || next === '\\') emit(next);
      index += 2;
      continue;
    }
    index += word[0].length;
    const [, name, parameter] = word;
    if (SKIPPED_DESTINATIONS.has(name)) state.skipped = true;
    else if (LINE_BREAKS.has(name)) emit('\n');
    else if (name === 'tab') emit('\t');
    else if (name === 'uc') state.unicodeFallback = Number(parameter ?? 1);
    else if (name === 'u' && parameter !== undefined) {
      const code = Number(parameter);
      emit(String.fromCharCode(code < 0 ? code + 0x10000 : code));
      fallbackToSkip = state.unicodeFallback;
    }
  }
  flushBytes();
  return { text: text.replace(/[ \t]+\n/g, '\n').trim(), encoding };
}

function codePageOf(source: string): string {
  const declared = /\\ansicpg(\d+)/.exec(source.slice(0, 4096));
  const codePage = declared ? Number(declared[1]) : undefined;
  if (codePage === undefined || codePage === 1252) {
    // Many Chinese RTF writers say 1252 and then store GBK bytes under a font of charset 134 (GB2312).
    return /\\fcharset(134|136)/.test(source.slice(0, 16384)) || codePage === undefined ? 'GB18030' : 'windows-1252';
  }
  return CODE_PAGES[codePage] ?? 'GB18030';
}
