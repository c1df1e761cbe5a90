/**
 * A regular-expression source `a|b|c` that matches any of `words` literally, longest first, so
 * that an alternation tried left to right takes 万元 before 元 and 反馈问题 before 问题.
 */
export function literalAlternatives(words: readonly string[]): string {
  return [...words]
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
