/**
 * Texts as UTF-8 views on one shared buffer: a worker's outcome goes to the main thread by
 * transferring that buffer, so the main thread neither copies nor decodes the rows it only
 * writes on, and holds no strings for them.
 */
export function packTexts<Name extends string>(texts: Record<Name, string>): Record<Name, Uint8Array> {
  const names = Object.keys(texts) as Name[];
  // Encoded in one pass into room for the longest encoding (3 bytes per UTF-16 unit), then
  // copied once into a buffer of the exact size: measuring the texts first was a second pass.
  const room = names.reduce((sum, name) => sum + 3 * texts[name].length, 0);
  const scratch = scratchOf(room);
  const ends: number[] = [];
  let written = 0;
  for (const name of names) {
    written += encoder.encodeInto(texts[name], scratch.subarray(written)).written;
    ends.push(written);
  }
  // A buffer of its own (not from Node's pool), so that it can be transferred.
  const buffer = new Uint8Array(new ArrayBuffer(written));
  buffer.set(scratch.subarray(0, written));
  const packed = {} as Record<Name, Uint8Array>;
  names.forEach((name, index) => (packed[name] = buffer.subarray(index === 0 ? 0 : ends[index - 1], ends[index])));
  return packed;
}

const encoder = new TextEncoder();
let scratchBuffer = new Uint8Array(0);

/** A scratch buffer of at least `size` bytes, reused from notice to notice. */
function scratchOf(size: number): Uint8Array {
  if (scratchBuffer.length < size) scratchBuffer = new Uint8Array(Math.max(size, 2 * scratchBuffer.length));
  return scratchBuffer;
}
