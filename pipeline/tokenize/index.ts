export type { Tokenizer } from './tokenizer';
export { createTokenizer, type TokenizerOptions } from './jieba-tokenizer';
export { mergeNumberTokens } from './merge-number-tokens';
export { tokenizeProblem } from './tokenize-problem';
