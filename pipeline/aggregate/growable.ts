/** A typed array that grows as values are pushed: a million numbers cost 4 or 8 MB, not 16 or more as a plain array. */
export interface Growable<Values extends Int32Array | Float64Array> {
  push(value: number): void;
  /** The values pushed so far (a view: it changes when the array grows). */
  values(): Values;
  readonly length: number;
}

/** An empty growable array of 32-bit integers. */
export function growableInt32(): Growable<Int32Array> {
  return growable((size) => new Int32Array(size));
}

/** An empty growable array of doubles. */
export function growableFloat64(): Growable<Float64Array> {
  return growable((size) => new Float64Array(size));
}

function growable<Values extends Int32Array | Float64Array>(allocate: (size: number) => Values): Growable<Values> {
  let store = allocate(1024);
  let length = 0;
  return {
    push(value) {
      if (length === store.length) {
        const grown = allocate(store.length * 2);
        grown.set(store);
        store = grown;
      }
      store[length++] = value;
    },
    values: () => store.subarray(0, length) as Values,
    get length() {
      return length;
    },
  };
}

/** Strings numbered in order of first appearance: a title or a term that many problems share is held once. */
export interface Interned {
  /** The number of `text`, given a new one if it is new. */
  id(text: string): number;
  readonly texts: readonly string[];
}

/** An empty string table. */
export function interned(): Interned {
  const ids = new Map<string, number>();
  const texts: string[] = [];
  return {
    id(text) {
      let id = ids.get(text);
      if (id === undefined) {
        id = texts.length;
        ids.set(text, id);
        texts.push(text);
      }
      return id;
    },
    texts,
  };
}
