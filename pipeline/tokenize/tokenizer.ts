/** Cuts text into terms. The pipeline's only view of a segmenter, so tests can pass a fake. */
export interface Tokenizer {
  /** The terms of `text` in order; joined back together they give `text` again. */
  cut(text: string): string[];
}
