/** The longest entry name accepted; Folio's own are under 60 characters. */
const MAX_NAME_LENGTH = 200;

/** Segments that would reach an object's prototype if a name were ever used as a key. */
const PROTOTYPE_WORDS = new Set(['__proto__', 'constructor', 'prototype']);
/** Letters, digits, dot, dash and underscore: everything Folio writes, and nothing a shell or path could misread. */
const PLAIN_SEGMENT = /^[A-Za-z0-9._-]+$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Why an entry name is not a plain relative path, or undefined when it is one. A zip can carry any
 * bytes as a name; only plain ones are ever looked up, so a hostile name can reach nothing.
 */
export function unsafeNameReason(name: string): string | undefined {
  if (name.length === 0) return 'has no name';
  if (name.length > MAX_NAME_LENGTH) return `is over ${MAX_NAME_LENGTH} characters long`;
  if (CONTROL.test(name)) return 'contains a control character';
  if (name.includes('\\')) return 'contains a backslash';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  for (const segment of name.split('/')) {
    if (segment === '') return 'has an empty folder name';
    if (segment === '.' || segment === '..') return `contains “${segment}”, which points outside its folder`;
    if (PROTOTYPE_WORDS.has(segment)) return `uses the reserved word “${segment}”`;
    if (!PLAIN_SEGMENT.test(segment)) return 'contains characters other than letters, digits, dots, dashes and underscores';
  }
  return undefined;
}
