import { recogniseHeadingNumber, type HeadingStyle } from './headings';
import { isClosingLine, type NoticeLine } from './lines';

/** One numbered heading of a notice with everything up to the next heading that is not below it. */
export interface OutlineNode {
  style: HeadingStyle | 'root';
  value: number;
  /** The number as it appears in a path (`二`, `(七)`, `17`). */
  pathLabel: string;
  /** The number as written, without surrounding spaces (`(七)`, `17.`, `1、`). */
  numberText: string;
  /** Numbering chain from the top level, joined by `.`; `''` for the root. */
  path: string;
  /** The heading's line; `null` for the root. */
  line: NoticeLine | null;
  /** Offset in the notice where the number starts. */
  start: number;
  /** Offset just past the number and its punctuation: where the heading's words begin. */
  contentStart: number;
  /** Offset where this heading's span ends: the next heading not below it, or the end of the content. */
  end: number;
  parent: OutlineNode | null;
  children: OutlineNode[];
}

/**
 * Builds the heading hierarchy of a notice in one pass over its lines.
 *
 * A style takes the level at which it first appears under the current heading. A numbered
 * line is a heading only when its number runs on: the next number of its style at that level,
 * or 1 (or the number after the last one of that style, for numbering that runs on across
 * areas) for a style new at this level. Anything else (an enumeration inside the text) is body.
 */
export function buildOutline(lines: readonly NoticeLine[]): OutlineNode {
  const contentEndOfText = lines.length === 0 ? 0 : lines[lines.length - 1].end;
  const root: OutlineNode = {
    style: 'root', value: 0, pathLabel: '', numberText: '', path: '', line: null,
    start: 0, contentStart: 0, end: contentEndOfText, parent: null, children: [],
  };
  const open: OutlineNode[] = [root];
  const lastValueOfStyle = new Map<HeadingStyle, number>();
  let lastHeadingLine = -1;

  for (const line of lines) {
    if (line.kind !== 'content') continue;
    const heading = recogniseHeadingNumber(line.normalized);
    if (heading === null) continue;

    const levelOfStyle = open.findIndex((node) => node.style === heading.style);
    if (levelOfStyle > 0) {
      if (heading.value !== open[levelOfStyle].value + 1) continue;
      closeFrom(open, levelOfStyle, line.start);
    } else {
      const last = lastValueOfStyle.get(heading.style);
      if (heading.value !== 1 && heading.value !== (last ?? -1) + 1) continue;
    }

    const parent = open[open.length - 1];
    const node: OutlineNode = {
      style: heading.style,
      value: heading.value,
      pathLabel: heading.pathLabel,
      numberText: line.text.slice(heading.numberStart, heading.numberEnd).trim(),
      path: parent.path === '' ? heading.pathLabel : `${parent.path}.${heading.pathLabel}`,
      line,
      start: line.start + heading.numberStart,
      contentStart: line.start + heading.numberEnd,
      end: contentEndOfText,
      parent,
      children: [],
    };
    parent.children.push(node);
    open.push(node);
    lastValueOfStyle.set(heading.style, heading.value);
    lastHeadingLine = line.index;
  }

  const contentEnd = closingOffset(lines, lastHeadingLine) ?? contentEndOfText;
  closeFrom(open, 0, contentEnd);
  return root;
}

/** Closes the open headings from `level` down, ending their spans at `offset`. */
function closeFrom(open: OutlineNode[], level: number, offset: number): void {
  for (let index = open.length - 1; index >= level; index--) open[index].end = Math.min(open[index].end, offset);
  open.length = Math.max(level, 1);
}

/** Where the closing part (invitation to supervise, contacts, date) starts after the last heading. */
function closingOffset(lines: readonly NoticeLine[], lastHeadingLine: number): number | null {
  for (let index = lastHeadingLine + 1; index < lines.length; index++) {
    if (lines[index].kind === 'content' && isClosingLine(lines[index])) return lines[index].start;
  }
  return null;
}

/** Every node below `node`, in reading order. */
export function* descendants(node: OutlineNode): Generator<OutlineNode> {
  for (const child of node.children) {
    yield child;
    yield* descendants(child);
  }
}
