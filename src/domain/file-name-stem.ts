/**
 * A learner's name as part of a file name that every system accepts: letters and digits kept (accents
 * too), every run of anything else — spaces, slashes, quotes, dots — one hyphen.
 */
export function fileNameStem(learnerName: string): string {
  const stem = learnerName
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code point so a long name never ends in half a character.
  const cut = Array.from(stem).slice(0, 60).join('').replace(/-+$/, '');
  return cut || 'portfolio';
}
