/** natural's Chinese n-grams (no type declarations ship with this module): characters, not words. */
declare module 'natural/lib/natural/ngrams/ngrams_zh.js' {
  export function bigrams(text: string): string[][];
  export function trigrams(text: string): string[][];
  export function ngrams(text: string, size: number): string[][];
}
