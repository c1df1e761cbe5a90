import { normalizeForParsing } from '../ingest/normalize';
import type { ProblemStatus } from '../types';
import { cues } from './cues';
import { readStatusPhrase, type StatusAnnotation } from './status';
import { headingWords } from './titles';

/** A heading's words split into the finding and the status annotation at its end, if any. */
export interface AnnotatedHeading {
  /** The words without the annotation and the punctuation before it, as written. */
  finding: string;
  annotation: StatusAnnotation | null;
}

/**
 * Splits a status annotation off the end of a heading's words (as written, number already
 * removed): in brackets (关于X的问题(已完成整改), X问题【基本完成,长期坚持】) or as a last clause
 * (关于X问题,已完成整改; X不到位,整改进展:已完成). Words that are not all status words stay.
 */
export function splitStatusAnnotation(words: string): AnnotatedHeading {
  const normalized = normalizeForParsing(words).trimEnd();
  const bracketed = bracketedAtEnd(normalized);
  if (bracketed !== null) {
    const annotation = readAnnotation(bracketed.inner);
    if (annotation !== null) return { finding: withoutTrailingPunctuation(words.slice(0, bracketed.start)), annotation };
  }
  const clauseStart = Math.max(...cues.statusClauseSeparators.map((separator) => normalized.lastIndexOf(separator)));
  if (clauseStart > 0) {
    const annotation = readAnnotation(normalized.slice(clauseStart + 1));
    if (annotation !== null) return { finding: withoutTrailingPunctuation(words.slice(0, clauseStart)), annotation };
  }
  return { finding: words, annotation: null };
}

/**
 * The status a problem's body gives it: a bracketed annotation opening the body (the heading's
 * 。 then 【已整改完成】), a first sentence made wholly of status words (已完成整改。一是…;
 * 该问题已整改完成。), or a labelled line (整改进展:已完成。, 完成情况:已完成整改, 整改时限:长期坚持)
 * whose value is nothing but status words, or a bracketed status closing it ((已完成)). A status line wins over a deadline line; `null`
 * when the body holds neither. Sentences that mention 已完成 among other words say nothing.
 */
export function bodyStatusAnnotation(normalizedBody: string): StatusAnnotation | null {
  const statusAnnotations: StatusAnnotation[] = [];
  const deadlineAnnotations: StatusAnnotation[] = [];
  const opening = bracketedAtStart(normalizedBody.trimStart());
  const openingAnnotation = opening === null ? null : readAnnotation(opening);
  if (openingAnnotation !== null) statusAnnotations.push(openingAnnotation);
  const sentenceAnnotation = openingSentenceAnnotation(normalizedBody);
  if (sentenceAnnotation !== null) statusAnnotations.push(sentenceAnnotation);
  for (const line of normalizedBody.split('\n')) {
    const trimmed = line.trim();
    const status = labelledValue(trimmed, cues.statusLabels);
    const deadline = status === null ? labelledValue(trimmed, cues.deadlineLabels) : null;
    const annotation = readStatusPhrase(firstClause(status ?? deadline ?? ''));
    if (annotation !== null) (status !== null ? statusAnnotations : deadlineAnnotations).push(annotation);
  }
  // Read after the opening and the labelled lines, which say it more plainly where a body has both.
  const closingAnnotation = closingBracketAnnotation(normalizedBody) ?? closingSentenceAnnotation(normalizedBody);
  if (closingAnnotation !== null) statusAnnotations.push(closingAnnotation);
  return decided([...statusAnnotations, ...deadlineAnnotations]);
}

/**
 * A problem's status: its own word (heading annotation, then body) where it gives one, else its
 * section's. An own annotation that gives none (基本完成) leaves the problem without a status.
 */
export function problemStatus(
  heading: StatusAnnotation | null,
  body: StatusAnnotation | null,
  sectionStatus: ProblemStatus | null,
): ProblemStatus | null {
  const own = decided([heading, body].filter((annotation): annotation is StatusAnnotation => annotation !== null));
  return own === null ? sectionStatus : own.status;
}

/** The first annotation that gives a status; one without a status when none does; `null` when there are none. */
function decided(annotations: readonly StatusAnnotation[]): StatusAnnotation | null {
  return annotations.find((annotation) => annotation.status !== null) ?? annotations[0] ?? null;
}

/**
 * The body's first sentence read as a status, when nothing but status words is written in it
 * (已完成整改。, 该问题已整改完成。): a first sentence with other words (已完成3项制度修订。) is text.
 */
function openingSentenceAnnotation(normalizedBody: string): StatusAnnotation | null {
  const body = normalizedBody.trimStart();
  const end = body.search(/[。;!?\n]/);
  const sentence = end === -1 ? body : body.slice(0, end);
  const subject = cues.statusSubjects.filter((word) => sentence.startsWith(word)).sort((first, second) => second.length - first.length)[0];
  return readStatusPhrase(subject === undefined ? sentence : sentence.slice(subject.length));
}

/**
 * The body's last sentence read as a status, when nothing but status words is written in it, after
 * at most a time word and one of statusSubjects (目前,该问题已完成整改。; 该问题需长期坚持,持续推进。):
 * notices that list measures first say where the problem stands at the end.
 */
function closingSentenceAnnotation(normalizedBody: string): StatusAnnotation | null {
  const sentences = normalizedBody.split(/[。!?\n]/).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  if (sentences.length < 2) return null;
  const sentence = sentences[sentences.length - 1];
  for (const subject of cues.statusSubjects) {
    const at = sentence.indexOf(subject);
    // What stands before the subject must itself be status joiners (目前, 现): no other words.
    if (at !== -1 && (at === 0 || readsAsJoiners(sentence.slice(0, at)))) {
      const annotation = readStatusPhrase(sentence.slice(at + subject.length));
      if (annotation !== null) return annotation;
    }
  }
  return readStatusPhrase(sentence);
}

/**
 * The bracketed annotation closing a body, when nothing but status words is in it: notices that
 * write a problem's measures as one paragraph close it with its status ((3)建立通报制度。(已完成)).
 */
function closingBracketAnnotation(normalizedBody: string): StatusAnnotation | null {
  const bracketed = bracketedAtEnd(normalizedBody.trimEnd());
  return bracketed === null ? null : readAnnotation(bracketed.inner);
}

function readsAsJoiners(text: string): boolean {
  let rest = text.trim();
  while (rest !== '') {
    const joiner = cues.statusJoiners.filter((word) => rest.startsWith(word)).sort((first, second) => second.length - first.length)[0];
    if (joiner === undefined) return false;
    rest = rest.slice(joiner.length).trimStart();
  }
  return true;
}

/** An annotation's words, with or without its label (已完成整改; 整改状态:已完成). */
function readAnnotation(normalizedWords: string): StatusAnnotation | null {
  const labelled = labelledValue(normalizedWords.trim(), [...cues.statusLabels, ...cues.deadlineLabels]);
  return readStatusPhrase(labelled ?? normalizedWords);
}

/** What follows one of `labels` and its colon or closing 】 at the start of `text` (【完成情况】已完成, 整改进展:已完成), or `null`. */
function labelledValue(text: string, labels: readonly string[]): string | null {
  const opened = text.startsWith('【') ? 1 : 0;
  for (const label of labels) {
    if (!text.startsWith(label, opened)) continue;
    const after = text.slice(opened + label.length).trimStart();
    if (after.startsWith(':') || (opened === 1 && after.startsWith('】'))) return after.slice(1);
  }
  return null;
}

// A status line's value ends with its clause: 整改进展:已完成。一是… reads 已完成.
function firstClause(value: string): string {
  const end = value.search(/[。;]/);
  return end === -1 ? value : value.slice(0, end);
}

function bracketedAtEnd(normalized: string): { start: number; inner: string } | null {
  for (const { opening, closing } of cues.statusBrackets) {
    if (!normalized.endsWith(closing)) continue;
    const start = normalized.lastIndexOf(opening);
    if (start > 0) return { start, inner: normalized.slice(start + 1, normalized.length - 1) };
  }
  return null;
}

function bracketedAtStart(normalized: string): string | null {
  for (const { opening, closing } of cues.statusBrackets) {
    if (!normalized.startsWith(opening)) continue;
    const end = normalized.indexOf(closing);
    if (end > 0) return normalized.slice(1, end);
  }
  return null;
}

function withoutTrailingPunctuation(words: string): string {
  return headingWords(words, '');
}
