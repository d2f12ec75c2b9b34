import { showControlCharacters } from '../control-characters';

/** Longest name a reason quotes; longer ones keep their start and their extension. */
const MAX_CHARS = 60;

/**
 * A file name as a reason shows it: invisible and direction-changing characters made visible
 * (so `photo‮gnp.exe` cannot pass for a photo), and a long name cut in the middle.
 */
export function shortName(name: string): string {
  const chars = Array.from(showControlCharacters(name));
  if (chars.length <= MAX_CHARS) return chars.join('');
  return `${chars.slice(0, MAX_CHARS - 13).join('')}…${chars.slice(-12).join('')}`;
}
