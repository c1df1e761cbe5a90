import { textBetween, type NoticeLine } from './lines';
import type { OutlineNode } from './outline';
import { cutHeading } from './titles';

/** A heading's text as the segment stage reads it. */
export interface HeadingText {
  /** The heading as written, number included, to the first `。` or the line end. */
  titleRaw: string;
  /** The same, normalised. */
  normalized: string;
  /** The heading's whole line from its number on, normalised (past the cut when the heading quotes a finding of several sentences). */
  wholeLine: string;
  /** Offset in the notice just past `titleRaw`: where the heading's body begins. */
  end: number;
}

/** Text and normalised text of a stretch of the notice, aligned character for character. */
export interface Passage {
  text: string;
  normalized: string;
}

/** Reads headings and bodies of outline nodes, each once: the stage asks for them several times. */
export interface NodeTextReader {
  heading(node: OutlineNode): HeadingText;
  /** The node's own text: after its heading, before its first numbered sub-item (一是 lines are its own). */
  ownText(node: OutlineNode): Passage;
  /** Everything after the heading to the end of the node's span, sub-items included. */
  body(node: OutlineNode): Passage;
}

/** A reader over one notice's lines. */
export function nodeTextReader(lines: readonly NoticeLine[]): NodeTextReader {
  const headings = new Map<OutlineNode, HeadingText>();
  const ownTexts = new Map<OutlineNode, Passage>();
  const bodies = new Map<OutlineNode, Passage>();

  const heading = (node: OutlineNode): HeadingText => {
    let cached = headings.get(node);
    if (cached === undefined) {
      const line = node.line as NoticeLine;
      const numberStart = node.start - line.start;
      const cut = cutHeading(line.text, line.normalized, numberStart, node.contentStart - line.start);
      cached = {
        titleRaw: cut.titleRaw,
        normalized: line.normalized.slice(numberStart, cut.end),
        wholeLine: line.normalized.slice(numberStart),
        end: line.start + cut.end,
      };
      headings.set(node, cached);
    }
    return cached;
  };

  return {
    heading,
    ownText(node) {
      let cached = ownTexts.get(node);
      if (cached === undefined) {
        const firstItem = node.children.find((child) => child.style !== 'shi');
        cached = textBetween(lines, heading(node).end, firstItem?.line?.start ?? node.end);
        ownTexts.set(node, cached);
      }
      return cached;
    },
    body(node) {
      let cached = bodies.get(node);
      if (cached === undefined) {
        cached = textBetween(lines, heading(node).end, node.end);
        bodies.set(node, cached);
      }
      return cached;
    },
  };
}
