import canonicalize from 'canonicalize';

const encoder = new TextEncoder();

/** The bytes a signature covers: the record without its `signature`, as RFC 8785 canonical JSON in UTF-8. */
export function signedBytes(record: object): Uint8Array<ArrayBuffer> {
  const { signature: _signature, ...rest } = record as { signature?: unknown };
  const text = canonicalize(rest);
  if (text === undefined) throw new Error('This record has no canonical JSON form');
  return encoder.encode(text);
}
