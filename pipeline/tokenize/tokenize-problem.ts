import type { Problem, TokenizedProblem } from '../types';
import type { Tokenizer } from './tokenizer';

/** The terms of a problem's title and of its rectification text. */
export function tokenizeProblem(problem: Problem, tokenizer: Tokenizer): TokenizedProblem {
  return {
    titleTokens: tokenizer.cut(problem.title),
    bodyTokens: tokenizer.cut(problem.body),
  };
}
