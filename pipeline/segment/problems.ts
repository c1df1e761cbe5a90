import type { Area, Problem } from '../types';
import { splitAreaHeading } from './area-headings';
import { cues } from './cues';
import type { ProblemLayout, ProblemPlacement } from './layout';
import { enumerateMeasures } from './measures';
import type { NodeTextReader } from './node-text';
import { bodyStatusAnnotation, problemStatus, type AnnotatedHeading } from './own-status';
import { dropSharedTrailingProblemWord, headingWords, unwrapTitle } from './titles';

/** The areas of a layout as the pipeline's plain `Area` records. */
export function toAreas(layout: ProblemLayout, reader: NodeTextReader): Area[] {
  return layout.areas.map((node) => ({
    path: node.path,
    number: node.numberText,
    // 政治建设方面(已完成整改), 已完成整改的问题(15个): the notes in brackets are no part of the name.
    title: splitAreaHeading(headingWords(reader.heading(node).titleRaw, node.numberText)).title,
  }));
}

/**
 * The problems of a layout as the pipeline's plain `Problem` records: titles cut and unwrapped,
 * bodies read, measures enumerated, the status the problem gives itself read before its section's. `truncated` is left false; the caller decides it.
 */
export function toProblems(layout: ProblemLayout, reader: NodeTextReader): Problem[] {
  // 1.X(共3项整改任务)(已完成): the notes in brackets after the finding, a count or a status, are no part of it.
  const headings = layout.problems.map(({ node }) => annotatedHeading(headingWords(reader.heading(node).titleRaw, node.numberText)));
  const titles = problemTitles(layout.problems, headings);
  return layout.problems.map((placement, index) => {
    const { node } = placement;
    // A numbered problem with findings below it has only its own text; its measures are theirs.
    const body = placement.leaf ? reader.body(node) : reader.ownText(node);
    return {
      path: node.path,
      number: node.numberText,
      area: placement.area?.path ?? null,
      parent: placement.parent?.path ?? null,
      title: titles[index],
      titleRaw: reader.heading(node).titleRaw,
      status: problemStatus(headings[index].annotation, bodyStatusAnnotation(body.normalized), placement.status),
      leaf: placement.leaf,
      body: body.text,
      measures: placement.leaf ? enumerateMeasures(body.text, body.normalized) : [],
      truncated: false,
    };
  });
}

function annotatedHeading(words: string): AnnotatedHeading {
  const { title, annotation } = splitAreaHeading(words);
  return { finding: title, annotation };
}

/**
 * Titles without number, full stop, status annotation and wrappers. The trailing-问题 rule looks
 * at every problem of the same level (same numbering style, same role) at once.
 */
function problemTitles(placements: readonly ProblemPlacement[], headings: readonly AnnotatedHeading[]): string[] {
  const titles = headings.map((heading) => unwrapTitle(heading.finding));
  const levels = new Map<string, number[]>();
  placements.forEach(({ node, leaf }, index) => {
    const level = `${node.style}:${leaf}`;
    levels.set(level, [...(levels.get(level) ?? []), index]);
  });
  for (const indices of levels.values()) {
    const cleaned = dropSharedTrailingProblemWord(indices.map((index) => titles[index]));
    indices.forEach((index, position) => (titles[index] = cleaned[position]));
  }
  return titles;
}

/** True when a body stops without ending its sentence: the page was cut off inside it. */
export function endsMidSentence(body: string): boolean {
  const trimmed = body.trimEnd();
  return trimmed === '' || !cues.sentenceEnds.includes(trimmed[trimmed.length - 1]);
}
