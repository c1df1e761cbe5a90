import type { Interned } from '../aggregate/growable';
import type { NoticeOutcome } from './notice-outcome';

/**
 * A notice's terms as numbers in the vocabulary of the worker that processed it: the terms
 * that worker had not sent before, and for each of the notice's terms its number there. A
 * worker sends a term's text once, so that the main thread, which every notice passes through,
 * neither copies nor hashes the thousand-odd terms of each notice again.
 */
export interface NumberedTerms {
  /** The vocabulary: a worker thread, and which of its vocabularies (it starts afresh when one grows too large). */
  owner: string;
  /** Parallel to the notice's terms: their numbers in the vocabulary. */
  ids: Int32Array;
  /** The terms first numbered for this notice, numbered from `firstNewId` on. */
  newTerms: string[];
  firstNewId: number;
}

// Past this many terms a worker starts a new vocabulary, so that its memory stays bounded on any corpus.
const VOCABULARY_LIMIT = 500_000;

/** Numbers the terms of the outcomes a worker posts (`number`), in the order it posts them. */
export interface WorkerTermNumbering {
  /** Replaces the outcome's term texts (`problemTerms.terms`, `keywordCounts.terms`) by `numberedTerms`. */
  number(outcome: Pick<NoticeOutcome, 'problemTerms' | 'keywordCounts' | 'numberedTerms'>): void;
}

/** A vocabulary for one worker thread, `thread` naming it among the run's workers; a new one is started past `limit` terms. */
export function createWorkerTermNumbering(thread: number, limit = VOCABULARY_LIMIT): WorkerTermNumbering {
  let generation = 0;
  let vocabulary = new Map<string, number>();
  return {
    number(outcome) {
      const { terms } = outcome.problemTerms;
      if (vocabulary.size > 0 && vocabulary.size + terms.length > limit) {
        generation += 1;
        vocabulary = new Map();
      }
      const firstNewId = vocabulary.size;
      const ids = new Int32Array(terms.length);
      const newTerms: string[] = [];
      terms.forEach((term, position) => {
        let id = vocabulary.get(term);
        if (id === undefined) {
          vocabulary.set(term, (id = vocabulary.size));
          newTerms.push(term);
        }
        ids[position] = id;
      });
      outcome.numberedTerms = { owner: `${thread}.${generation}`, ids, newTerms, firstNewId };
      outcome.problemTerms.terms = [];
      outcome.keywordCounts.terms = [];
    },
  };
}

/**
 * The vocabularies of the run's workers as the main thread learns them: each outcome must be
 * `received` as its worker posted it, in that order (a worker sends a term's text with the
 * first outcome it posts that uses it), before any outcome of that worker is resolved.
 */
export interface WorkerVocabularies {
  received(numbered: NumberedTerms): void;
  /** The outcome's terms as numbers in `terms`; each received outcome is resolved once. */
  resolve(numbered: NumberedTerms, terms: Interned): number[];
}

interface Vocabulary {
  texts: string[];
  /** Each term's number in the run's table, once known. */
  runIds: number[];
  /** Outcomes received and not yet resolved. */
  unresolved: number;
}

/** No vocabulary yet; one is added per worker thread and generation as their outcomes arrive. */
export function createWorkerVocabularies(): WorkerVocabularies {
  const vocabularies = new Map<string, Vocabulary>();
  const latestOf = new Map<string, string>();
  const threadOf = (owner: string) => owner.slice(0, owner.indexOf('.'));
  return {
    received({ owner, newTerms, firstNewId }) {
      let vocabulary = vocabularies.get(owner);
      if (!vocabulary) {
        vocabularies.set(owner, (vocabulary = { texts: [], runIds: [], unresolved: 0 }));
        latestOf.set(threadOf(owner), owner);
      }
      newTerms.forEach((term, offset) => {
        vocabulary.texts[firstNewId + offset] = term;
      });
      vocabulary.unresolved += 1;
    },
    resolve({ owner, ids }, terms) {
      const vocabulary = vocabularies.get(owner);
      if (!vocabulary) throw new Error(`terms numbered by ${owner} were resolved before that worker's outcome was received`);
      const { texts, runIds } = vocabulary;
      const resolved = new Array<number>(ids.length);
      for (let position = 0; position < ids.length; position++) {
        const id = ids[position];
        let runId = runIds[id];
        if (runId === undefined) runIds[id] = runId = terms.id(texts[id]);
        resolved[position] = runId;
      }
      // A worker's earlier vocabulary is let go once its last outcome is resolved.
      vocabulary.unresolved -= 1;
      if (vocabulary.unresolved === 0 && latestOf.get(threadOf(owner)) !== owner) vocabularies.delete(owner);
      return resolved;
    },
  };
}

/** Gives outcomes' terms their numbers in the run's term table, whether they come as texts or numbered by a worker. */
export interface TermResolver {
  /** The run's numbers of the outcome's terms, in its order; new terms are added to the table in that order. */
  ids(outcome: Pick<NoticeOutcome, 'problemTerms' | 'numberedTerms'>): number[];
}

/**
 * Resolves terms into `terms`: texts directly, numbered terms through `vocabularies`. Numbers
 * are given in the order terms are first met, as when every notice sent its texts.
 */
export function createTermResolver(terms: Interned, vocabularies: WorkerVocabularies | null): TermResolver {
  return {
    ids({ problemTerms, numberedTerms }) {
      if (!numberedTerms) return problemTerms.terms.map((term) => terms.id(term));
      if (!vocabularies) throw new Error('an outcome came with numbered terms, but the run has no worker vocabularies');
      return vocabularies.resolve(numberedTerms, terms);
    },
  };
}
