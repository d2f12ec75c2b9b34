import { showControlCharacters } from '../../domain/control-characters';

/**
 * Text from a file or an argument, safe to print: a name holding ESC (a terminal escape sequence)
 * could otherwise recolour, retitle or clear the user's terminal. Control characters are printed as
 * escapes (`\x1b`) instead, so the user still sees that they are there.
 */
export function terminalText(text: string): string {
  return showControlCharacters(text);
}
