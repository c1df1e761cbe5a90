/**
 * Runs `work` on each item with at most `limit` items in flight and yields the results in
 * the items' order, whatever order they finish in: a result that finishes early waits in
 * its place (the reorder buffer), so the output never depends on timing.
 */
export async function* mapInOrder<Item, Result>(
  items: Iterable<Item>,
  limit: number,
  work: (item: Item, index: number) => Promise<Result>,
): AsyncGenerator<Result> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Expected \`limit\` to be an integer from 1 and up, got ${limit}`);
  const iterator = items[Symbol.iterator]();
  const inFlight: Promise<Result>[] = [];
  let index = 0;
  const fill = () => {
    while (inFlight.length < limit) {
      const next = iterator.next();
      if (next.done) return;
      const promise = work(next.value, index++);
      // Awaited later, in order; a rejection must not count as unhandled meanwhile.
      promise.catch(() => undefined);
      inFlight.push(promise);
    }
  };
  fill();
  while (inFlight.length > 0) {
    const result = await inFlight.shift()!;
    fill();
    yield result;
  }
}
