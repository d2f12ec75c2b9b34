import { within } from '@testing-library/react';

/** The field wrapper around a control, where its label, hint and error sit. */
export function fieldOf(control: HTMLElement): HTMLElement {
  const wrapper = control.closest<HTMLElement>('.field');
  if (!wrapper) throw new Error('control is not inside a field');
  return wrapper;
}

/**
 * The error shown next to a control, or null when the control is not marked invalid.
 * An error that is not linked to its control for screen readers fails the test.
 */
export function errorOf(control: HTMLElement): string | null {
  if (control.getAttribute('aria-invalid') !== 'true') return null;
  const alert = within(fieldOf(control)).getByRole('alert');
  const describedBy = (control.getAttribute('aria-describedby') ?? control.closest('fieldset')?.getAttribute('aria-describedby') ?? '').split(' ');
  if (!describedBy.includes(alert.id)) throw new Error('the error is not linked to its control');
  return (alert.textContent ?? '').replace(/^Error: /, '');
}
