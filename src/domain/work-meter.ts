/**
 * Counts the work an untrusted input has cost, so that tests can prove the work was bounded by
 * counting it rather than timing it. Callers pass one in and read it afterwards.
 */
export interface WorkMeter {
  /** Bytes produced by inflating zip entries. */
  inflatedBytes: number;
  /** Pixels of images decoded or scaled for the PDF. */
  decodedPixels: number;
}

export function newWorkMeter(): WorkMeter {
  return { inflatedBytes: 0, decodedPixels: 0 };
}
