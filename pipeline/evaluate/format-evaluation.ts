import type { Evaluation } from './evaluation-types';
import { textTable } from './text-table';

/** An evaluation as text tables for a terminal: metadata, segmentation, titles, categories, confusion. */
export function formatEvaluation(evaluation: Evaluation): string {
  const { notices, segmentation, titles, categories } = evaluation;
  const sections = [
    `Gold ${evaluation.goldFile} against ${evaluation.outputsFolder}`,
    `Notices: ${notices.found} of ${notices.gold} found${notices.missing.length > 0 ? ` (missing: ${notices.missing.join(', ')})` : ''}`,
    textTable([
      ['metadata field', 'correct', 'total', 'accuracy'],
      ...evaluation.metadata.map((field) => [field.field, String(field.correct), String(field.total), percent(field.accuracy)]),
    ]),
    textTable([
      ['problems', 'gold', 'output', 'matched', 'precision', 'recall', 'F1'],
      ['segmentation', String(segmentation.goldProblems), String(segmentation.outputProblems), String(segmentation.matched), percent(segmentation.precision), percent(segmentation.recall), percent(segmentation.f1)],
    ]),
    `Titles exactly as gold: ${titles.exact} of ${titles.matched} (${percent(titles.rate)})`,
    `Primary category: ${categories.primaryCorrect} of ${categories.problems} (${percent(categories.primaryAccuracy)}); ` +
      `all labels micro-F1 ${percent(categories.microF1)} (precision ${percent(categories.microPrecision)}, recall ${percent(categories.microRecall)}), macro-F1 ${percent(categories.macroF1)}`,
    textTable([
      ['category', 'label', 'support', 'precision', 'recall', 'F1'],
      ...categories.perCategory.map((result) => [result.key, result.label, String(result.support), percent(result.precision), percent(result.recall), percent(result.f1)]),
    ]),
    'Primary categories (rows: gold, columns: output)',
    textTable([
      ['gold \\ output', ...categories.confusion.keys],
      ...categories.confusion.keys.map((key, row) => [key, ...categories.confusion.counts[row].map(String)]),
    ]),
  ];
  return sections.join('\n\n') + '\n';
}

function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}
