import { showControlCharacters } from './control-characters';

/**
 * A name from a file or a form, ready to go inside a message: control characters made visible,
 * and cut to `max` characters with an ellipsis so that a 60,000-character name cannot fill the
 * screen. Counts code points, so an emoji or accented letter is never split in half.
 */
export function shortForMessage(text: string, max = 80): string {
  const chars = Array.from(showControlCharacters(text));
  if (chars.length <= max) return chars.join('');
  return `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}
