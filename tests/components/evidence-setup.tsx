import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { routes } from '../../src/app/routes';
import { createPortfolio, FolioDatabase, saveEvidence, setDatabase, type MappingInput } from '../../src/db';
import type { EvidenceInput } from '../../src/domain/schemas';

// Two cores shared by several test runs: a cold first render can take over a second.
configure({ asyncUtilTimeout: 5000 });

/** jsdom has no object URLs; previews and downloads need them, and the tests check they are revoked. */
export const objectUrls = {
  create: vi.fn((_: Blob) => `blob:test/${crypto.randomUUID()}`),
  revoke: vi.fn((_: string) => undefined),
};
URL.createObjectURL = objectUrls.create;
URL.revokeObjectURL = objectUrls.revoke;
// jsdom does not scroll; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => undefined;

/** A fresh database with one portfolio, and the real routes in a memory router at `path`. */
export async function renderAt(path: (portfolioId: string) => string, seed?: (portfolioId: string) => Promise<void>) {
  setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
  const portfolio = await createPortfolio({
    learnerName: 'Zoë Brontë',
    learnerNumber: 'L3-0042',
    centre: 'Northgate Leisure Centre',
    assessorName: 'Sam Okafor',
    startDate: '2026-01-12',
  });
  await seed?.(portfolio.id);
  const router = createMemoryRouter(routes, { initialEntries: [path(portfolio.id)] });
  const view = render(<RouterProvider router={router} />);
  // applyAccept off: a person can drop any file, whatever the picker would have offered.
  const user = userEvent.setup({ applyAccept: false, delay: null });
  return { portfolioId: portfolio.id, router, user, view };
}

export function input(over: Partial<EvidenceInput>): EvidenceInput {
  return {
    title: 'An item',
    kind: 'other',
    date: '2026-03-02',
    customerType: 'external',
    fields: { description: 'A document' },
    reflection: '',
    tags: [],
    ...over,
  };
}

export function seedItem(portfolioId: string, over: Partial<EvidenceInput>, mappings: MappingInput[] = []) {
  return saveEvidence({ portfolioId, input: input(over), mappings });
}

/** The field wrapper around a control, where its label, hint and error sit. */
export function fieldOf(control: HTMLElement): HTMLElement {
  const wrapper = control.closest<HTMLElement>('.field');
  if (!wrapper) throw new Error('control is not inside a field');
  return wrapper;
}

/** The error shown next to a control, checked to be linked to it for screen readers. */
export function errorOf(control: HTMLElement): string {
  const alert = within(fieldOf(control)).getByRole('alert');
  const describedBy = (control.getAttribute('aria-describedby') ?? control.closest('fieldset')?.getAttribute('aria-describedby') ?? '').split(' ');
  if (!describedBy.includes(alert.id)) throw new Error('the error is not linked to its control');
  return (alert.textContent ?? '').replace(/^Error: /, '');
}

/** Long text goes in the way people often enter it: click the field and paste. */
export async function paste(user: ReturnType<typeof userEvent.setup>, control: HTMLElement, text: string) {
  await user.click(control);
  await user.paste(text);
}

export async function openUnit(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  const summary = screen.getByText(name, { selector: 'summary' });
  await user.click(summary);
}
