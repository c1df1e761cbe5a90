import type { FindingIndex } from './finding-index';

/**
 * Unit vectors of the index's findings, in compressed rows: finding `f`'s features are
 * `features[start[f]]`…`features[start[f + 1] - 1]`, in ascending order, with their weights.
 * A feature is a word's id, or a concept's id after all words (`wordCount + id`).
 */
export interface FindingVectors {
  start: Int32Array;
  features: Int32Array;
  weights: Float64Array;
  wordCount: number;
  /** A feature's text, for a stable order among equal weights: concepts first, then words, each by code point. */
  name(feature: number): string;
}

/**
 * The vectors the recurring grouping compares: TF-IDF of the finding words (the inverse
 * document frequency `ln(1 + N / df)` counted over leaf problems, a finding counting as many
 * times as problems name it) joined with the unit vector of the concepts, so that a dot
 * product is `share × concept cosine + (1 − share) × word cosine`. Each concept is a finding
 * named on purpose in the thesaurus: a common one is no less telling than a rare one, so
 * concepts are not weighted by rarity. A finding without concepts is compared on its words
 * alone, and one without words on its concepts alone.
 */
export function findingVectors(index: FindingIndex, conceptShare: number): FindingVectors {
  const { findings } = index;
  const count = findings.start.length;
  const starts = findings.start.values();
  const conceptStarts = findings.conceptStart.values();
  const terms = findings.terms.values();
  const termWeights = findings.weights.values();
  const problems = findings.problems.values();
  const wordCount = index.words.texts.length;
  const end = (finding: number) => (finding + 1 < count ? starts[finding + 1] : terms.length);

  const documentFrequency = new Float64Array(wordCount);
  for (let finding = 0; finding < count; finding++) {
    for (let offset = starts[finding]; offset < conceptStarts[finding]; offset++) documentFrequency[terms[offset]] += problems[finding];
  }
  const leafCount = index.leaves.notice.length;

  const start = new Int32Array(count + 1);
  const features = new Int32Array(terms.length);
  const weights = new Float64Array(terms.length);
  const order: number[] = [];
  for (let finding = 0; finding < count; finding++) {
    const first = starts[finding];
    const conceptStart = conceptStarts[finding];
    const last = end(finding);
    let wordSquares = 0;
    let conceptSquares = 0;
    for (let offset = first; offset < last; offset++) {
      let weight = termWeights[offset];
      if (offset < conceptStart) {
        weight *= Math.log(1 + leafCount / documentFrequency[terms[offset]]);
        wordSquares += weight * weight;
      } else {
        conceptSquares += weight * weight;
      }
      weights[offset] = weight;
    }
    const wordLength = Math.sqrt(wordSquares);
    const conceptLength = Math.sqrt(conceptSquares);
    const hasWords = conceptStart > first;
    const hasConcepts = last > conceptStart;
    const wordScale = (hasConcepts ? Math.sqrt(1 - conceptShare) : 1) / (wordLength || 1);
    const conceptScale = (hasWords ? Math.sqrt(conceptShare) : 1) / (conceptLength || 1);
    order.length = 0;
    for (let offset = first; offset < last; offset++) {
      const isConcept = offset >= conceptStart;
      features[offset] = isConcept ? wordCount + terms[offset] : terms[offset];
      weights[offset] *= isConcept ? conceptScale : wordScale;
      order.push(offset);
    }
    order.sort((left, right) => features[left] - features[right]);
    const sortedFeatures = order.map((offset) => features[offset]);
    const sortedWeights = order.map((offset) => weights[offset]);
    features.set(sortedFeatures, first);
    weights.set(sortedWeights, first);
    start[finding] = first;
  }
  start[count] = terms.length;
  return {
    start,
    features,
    weights,
    wordCount,
    name: (feature) => (feature >= wordCount ? `\u0000${index.concepts.texts[feature - wordCount]}` : index.words.texts[feature]),
  };
}

/** The dot product of two findings' vectors (their cosine): a merge of their sorted features. */
export function findingSimilarity(vectors: FindingVectors, left: number, right: number): number {
  const { start, features, weights } = vectors;
  let leftAt = start[left];
  let rightAt = start[right];
  const leftEnd = start[left + 1];
  const rightEnd = start[right + 1];
  let sum = 0;
  while (leftAt < leftEnd && rightAt < rightEnd) {
    const leftFeature = features[leftAt];
    const rightFeature = features[rightAt];
    if (leftFeature === rightFeature) sum += weights[leftAt++] * weights[rightAt++];
    else if (leftFeature < rightFeature) leftAt++;
    else rightAt++;
  }
  return sum;
}
