import { parseChineseNumber } from '../text/chinese-numerals';
import type { Problem } from '../types';
import { cues } from './cues';
import type { ProblemPlacement } from './layout';
import { textBetween, type NoticeLine } from './lines';
import { enumerateMeasures } from './measures';

// Some notices list every finding in one part (一、存在的问题 1. 2. 3.) and every rectification in a
// second part under matching numbers (二、整改情况 1.针对第1个问题:一是…). The second part's items
// are read as problems by the outline; here each gives its measures to the finding it names.

/**
 * The problems with each finding-reference item (针对第N个问题:…) folded into the finding numbered N
 * under another heading: the finding takes the item's text as its body and measures, the item is
 * dropped. Where no finding of that number stands elsewhere, the item stays a problem.
 */
export function foldFindingReferences(
  problems: readonly Problem[],
  placements: readonly ProblemPlacement[],
  lines: readonly NoticeLine[],
): { problems: Problem[]; placements: ProblemPlacement[] } {
  const folded = [...problems];
  const dropped = new Set<number>();
  placements.forEach(({ node }, index) => {
    const line = node.line;
    if (line === null || !problems[index].leaf) return;
    const words = line.normalized.slice(node.contentStart - line.start);
    const match = cues.findingReference.exec(words);
    if (match === null) return;
    const number = numberOf(match[1] ?? match[2]);
    const finding = placements.findIndex(
      (other, otherIndex) => otherIndex !== index && !dropped.has(otherIndex) && other.node.parent !== node.parent && other.node.value === number && cues.findingReference.exec(otherWords(other)) === null,
    );
    if (finding === -1 || folded[finding].measures.length > 0) return;
    const text = textBetween(lines, node.contentStart + match[0].length, node.end);
    folded[finding] = { ...folded[finding], body: text.text, measures: enumerateMeasures(text.text, text.normalized) };
    dropped.add(index);
  });
  return {
    problems: folded.filter((_, index) => !dropped.has(index)),
    placements: placements.filter((_, index) => !dropped.has(index)),
  };
}

function otherWords({ node }: ProblemPlacement): string {
  return node.line === null ? '' : node.line.normalized.slice(node.contentStart - node.line.start);
}

function numberOf(written: string): number | null {
  return /^\d+$/.test(written) ? Number(written) : parseChineseNumber(written);
}
