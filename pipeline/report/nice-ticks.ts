/**
 * Round axis ticks from 0 to at least `maximum`: steps of 1, 2 or 5 times a power of ten,
 * at most about `wanted` of them, as a person would draw the axis.
 */
export function niceTicks(maximum: number, wanted = 5): number[] {
  if (!(maximum > 0)) return [0, 1];
  const rough = maximum / wanted;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < maximum + step; tick += step) {
    ticks.push(Math.round(tick * 1e6) / 1e6);
    if (tick >= maximum) break;
  }
  return ticks;
}
