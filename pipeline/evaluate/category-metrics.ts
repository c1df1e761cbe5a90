import type { Taxonomy } from '../taxonomy';
import type { CategoryResult, CategoryScores } from './evaluation-types';
import { harmonicMean, rate } from './rate';
import type { MatchedProblem } from './problem-matching';

/** Gold and output categories of one problem, as taxonomy keys. */
interface LabelPair {
  goldPrimary: string;
  outputPrimary: string;
  gold: Set<string>;
  output: Set<string>;
}

/**
 * Primary accuracy, per-category precision/recall/F1 over label sets (primary and secondary
 * together), micro and macro F1 and the confusion table of primaries, over the matched problems.
 * Outputs name categories by label (`党建`); the taxonomy maps them back to keys.
 */
export function categoryScores(matched: MatchedProblem[], taxonomy: Taxonomy): CategoryScores {
  const keyOf = labelToKey(taxonomy);
  const pairs: LabelPair[] = matched.map(({ gold, output }) => {
    const outputPrimary = keyOf(output.primary_category ?? '');
    const listed = (output.categories ?? '').split(';').map((label) => label.trim()).filter((label) => label !== '').map(keyOf);
    return {
      goldPrimary: gold.primary,
      outputPrimary,
      gold: new Set([gold.primary, ...gold.secondary]),
      output: new Set([outputPrimary, ...listed].filter((key) => key !== '')),
    };
  });
  const keys = categoryKeys(taxonomy, pairs);
  const perCategory = keys.map((key) => scoreCategory(key, taxonomy, pairs));
  const sum = (pick: (result: CategoryResult) => number): number => perCategory.reduce((total, result) => total + pick(result), 0);
  const truePositives = sum((result) => result.truePositives);
  const microPrecision = rate(truePositives, truePositives + sum((result) => result.falsePositives));
  const microRecall = rate(truePositives, truePositives + sum((result) => result.falseNegatives));
  const occurring = perCategory.filter((result) => result.support + result.falsePositives > 0);
  const primaryCorrect = pairs.filter((pair) => pair.goldPrimary === pair.outputPrimary).length;
  return {
    problems: pairs.length,
    primaryCorrect,
    primaryAccuracy: rate(primaryCorrect, pairs.length),
    perCategory,
    microPrecision,
    microRecall,
    microF1: harmonicMean(microPrecision, microRecall),
    macroF1: occurring.length === 0 ? null : occurring.reduce((total, result) => total + (result.f1 ?? 0), 0) / occurring.length,
    confusion: {
      keys,
      counts: keys.map((goldKey) => keys.map((outputKey) => pairs.filter((pair) => pair.goldPrimary === goldKey && pair.outputPrimary === outputKey).length)),
    },
  };
}

function scoreCategory(key: string, taxonomy: Taxonomy, pairs: LabelPair[]): CategoryResult {
  const count = (test: (pair: LabelPair) => boolean): number => pairs.filter(test).length;
  const truePositives = count((pair) => pair.gold.has(key) && pair.output.has(key));
  const falsePositives = count((pair) => !pair.gold.has(key) && pair.output.has(key));
  const falseNegatives = count((pair) => pair.gold.has(key) && !pair.output.has(key));
  const precision = rate(truePositives, truePositives + falsePositives);
  const recall = rate(truePositives, truePositives + falseNegatives);
  return {
    key,
    label: taxonomy.categories.find((category) => category.key === key)?.label ?? key,
    truePositives,
    falsePositives,
    falseNegatives,
    support: truePositives + falseNegatives,
    precision,
    recall,
    f1: harmonicMean(precision, recall),
  };
}

// A label the taxonomy does not know (or a key written instead of a label) is kept as it is,
// so that it shows in the confusion table instead of vanishing.
function labelToKey(taxonomy: Taxonomy): (label: string) => string {
  const keys = new Map(taxonomy.categories.map((category) => [category.label, category.key]));
  return (label) => keys.get(label.trim()) ?? label.trim();
}

function categoryKeys(taxonomy: Taxonomy, pairs: LabelPair[]): string[] {
  const keys = taxonomy.categories.map((category) => category.key);
  for (const pair of pairs) {
    for (const key of [...pair.gold, ...pair.output]) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
