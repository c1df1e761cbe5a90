import { normalizeForParsing } from '../ingest/normalize';
import concepts from './finding-concepts.json' with { type: 'json' };

const PHRASES_BY_CONCEPT: readonly [string, readonly string[]][] = Object.entries(concepts.concepts).map(
  ([concept, phrases]) => [concept, phrases.map(normalizeForParsing)],
);

/**
 * The recurring findings (`finding-concepts.json`) that a text names, in the file's order:
 * `因私出国(境)管理不善` → `['因私出国']`, `'一岗双责'执行不到位` → `['主体责任']`.
 */
export function findingConcepts(text: string): string[] {
  const normalized = normalizeForParsing(text);
  return PHRASES_BY_CONCEPT.filter(([, phrases]) => phrases.some((phrase) => normalized.includes(phrase))).map(
    ([concept]) => concept,
  );
}
