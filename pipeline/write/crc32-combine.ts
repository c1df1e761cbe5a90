// CRC-32 (the zip polynomial, reflected), combined as zlib's crc32_combine does: by applying
// the operator "append `length` zero bytes" to the first CRC, squared up bit by bit in GF(2).
const POLYNOMIAL = 0xedb88320;

function matrixTimes(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let index = 0; vector !== 0; index++, vector >>>= 1) if (vector & 1) sum ^= matrix[index];
  return sum >>> 0;
}

function matrixSquare(square: Uint32Array, matrix: Uint32Array): void {
  for (let index = 0; index < 32; index++) square[index] = matrixTimes(matrix, matrix[index]);
}

/**
 * The CRC-32 of `a` followed by `b`, from the CRC-32 of `a`, that of `b` and `b`'s length in
 * bytes: a worksheet's rows are checksummed as they are written during the run, before the
 * sheet's first lines (which hold the column widths) are known.
 */
export function crc32Combine(first: number, second: number, secondLength: number): number {
  if (secondLength <= 0) return first >>> 0;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  // The operator for one zero bit, then two, then four.
  odd[0] = POLYNOMIAL;
  for (let index = 1, row = 1; index < 32; index++, row <<= 1) odd[index] = row;
  matrixSquare(even, odd);
  matrixSquare(odd, even);
  let crc = first >>> 0;
  let length = secondLength;
  // Zero bytes: apply the operator for each set bit of the length, squaring it between bits.
  do {
    matrixSquare(even, odd);
    if (length % 2 === 1) crc = matrixTimes(even, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
    matrixSquare(odd, even);
    if (length % 2 === 1) crc = matrixTimes(odd, crc);
    length = Math.floor(length / 2);
  } while (length !== 0);
  return (crc ^ second) >>> 0;
}
