export { evaluateRun } from './evaluate-run';
export { formatEvaluation } from './format-evaluation';
export type {
  CategoryResult, CategoryScores, Evaluation, FieldAccuracy, NoticeMatching, SegmentationScores, TitleScores,
} from './evaluation-types';
