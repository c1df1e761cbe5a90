export { createProgress, type Progress, type ProgressFigures, type ProgressOptions, type ProgressStream } from './progress';
export { formatDuration } from './format-duration';
