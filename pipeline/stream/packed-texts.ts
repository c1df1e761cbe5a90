/**
 * Texts as UTF-8 views on one shared buffer: a worker's outcome goes to the main thread by
 * transferring that buffer, so the main thread neither copies nor decodes the rows it only
 * writes on, and holds no strings for them.
 */
export function packTexts<Name extends string>(texts: Record<Name, string>): Record<Name, Uint8Array> {
  const names = Object.keys(texts) as Name[];
  const lengths = names.map((name) => Buffer.byteLength(texts[name], 'utf8'));
  // A buffer of its own (not from Node's pool), so that it can be transferred.
  const buffer = Buffer.from(new ArrayBuffer(lengths.reduce((sum, length) => sum + length, 0)));
  const packed = {} as Record<Name, Uint8Array>;
  let offset = 0;
  names.forEach((name, index) => {
    buffer.write(texts[name], offset, 'utf8');
    packed[name] = buffer.subarray(offset, offset + lengths[index]);
    offset += lengths[index];
  });
  return packed;
}
