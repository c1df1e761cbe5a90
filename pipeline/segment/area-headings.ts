import { normalizeForParsing } from '../ingest/normalize';
import type { ProblemStatus } from '../types';
import { cues } from './cues';
import { splitStatusAnnotation } from './own-status';
import { statusFromHeading, type StatusAnnotation } from './status';
import { headingWords } from './titles';

/** An area heading's words with the notes in brackets after its name taken off. */
export interface AreaHeading {
  /** The area's name as written: 政治建设方面 of 政治建设方面(已完成整改), 已完成整改的问题 of 已完成整改的问题(15个). */
  title: string;
  /** The status note among the brackets, if any (已完成整改, 整改中, 基本完成). */
  annotation: StatusAnnotation | null;
}

/**
 * Splits the bracketed notes off the end of an area heading's words (as written, number removed),
 * one after the other from the end: a status note (一、政治建设方面(已完成整改)) and a count
 * ((一)已完成整改的问题(15个)). Brackets holding anything else stay: they are part of the name.
 */
export function splitAreaHeading(words: string): AreaHeading {
  let title = words;
  let annotation: StatusAnnotation | null = null;
  for (;;) {
    const count = cues.areaCountNote.exec(normalizeForParsing(title));
    if (count !== null) {
      title = headingWords(title.slice(0, count.index), '');
      continue;
    }
    const split = splitStatusAnnotation(title);
    if (split.annotation === null || split.finding === '') return { title, annotation };
    // The note nearest the name is read first, as one reads it: 方面(已完成整改)(3个).
    annotation = split.annotation;
    title = split.finding;
  }
}

/**
 * The status an area or section heading gives the problems under it: its bracketed note's where
 * it has one (一、政治建设方面(已整改)), else a status cue anywhere in its name (二、已完成整改的问题), else
 * `inherited`, the status of the heading it sits under.
 */
export function areaStatus(words: string, inherited: ProblemStatus | null): ProblemStatus | null {
  const { title, annotation } = splitAreaHeading(words);
  if (annotation !== null) return annotation.status;
  // Read without the count's progress: (15个问题,已完成14个) says how many are done, not which.
  return statusFromHeading(normalizeForParsing(title)) ?? inherited;
}
