import type { Locator } from 'playwright-core';

/**
 * The error shown for one control: the text of whatever its aria-describedby points at that
 * is marked as an error, read only if the control is also marked invalid. This is what a screen
 * reader announces with the field, and it sits next to the field on screen.
 */
export async function fieldError(control: Locator): Promise<string | null> {
  return control.evaluate((el) => {
    if (el.getAttribute('aria-invalid') !== 'true') return null;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const texts = ids
      .map((id) => document.getElementById(id))
      .filter((node): node is HTMLElement => node !== null && /error/i.test(`${node.id} ${node.className}`))
      .map((node) => (node.textContent ?? '').replace(/^Error:\s*/, '').trim());
    return texts.join(' ') || null;
  });
}

/** Whitespace as a person reads it: runs of spaces and line breaks count as one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
