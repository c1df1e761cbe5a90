import { normalizeForParsing } from '../ingest/normalize';
import concepts from './finding-concepts.json' with { type: 'json' };

const CONCEPTS = Object.keys(concepts.concepts);

// The phrases by their first character, each with its concept's position in the file: a text
// is read once, looking up what may start at each character, instead of searched for each of
// some three hundred phrases.
const PHRASES_BY_FIRST_CHARACTER = new Map<string, { phrase: string; concept: number }[]>();
Object.values(concepts.concepts).forEach((phrases, concept) => {
  for (const phrase of phrases.map(normalizeForParsing)) {
    const first = phrase[0];
    let starting = PHRASES_BY_FIRST_CHARACTER.get(first);
    if (!starting) PHRASES_BY_FIRST_CHARACTER.set(first, (starting = []));
    starting.push({ phrase, concept });
  }
});

/**
 * The recurring findings (`finding-concepts.json`) that a text names, in the file's order:
 * `因私出国(境)管理不善` → `['因私出国']`, `'一岗双责'执行不到位` → `['主体责任']`.
 */
export function findingConcepts(text: string): string[] {
  const normalized = normalizeForParsing(text);
  const named = new Set<number>();
  for (let start = 0; start < normalized.length; start++) {
    const starting = PHRASES_BY_FIRST_CHARACTER.get(normalized[start]);
    if (!starting) continue;
    for (const { phrase, concept } of starting) if (normalized.startsWith(phrase, start)) named.add(concept);
  }
  return [...named].sort((first, second) => first - second).map((concept) => CONCEPTS[concept]);
}
