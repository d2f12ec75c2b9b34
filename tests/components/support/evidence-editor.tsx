import { screen } from '@testing-library/react';
import { vi } from 'vitest';
import { freshDatabase, renderAt, type UserEvent } from './render-app';
import { newPortfolio } from './seed';

/** jsdom has no object URLs; previews and downloads need them, and the tests check they are revoked. */
export const objectUrls = {
  create: vi.fn((_: Blob) => `blob:test/${crypto.randomUUID()}`),
  revoke: vi.fn((_: string) => undefined),
};
URL.createObjectURL = objectUrls.create;
URL.revokeObjectURL = objectUrls.revoke;

/** A fresh database with one portfolio, seeded if asked, and the app opened at `path` inside it. */
export async function renderPortfolioAt(path: (portfolioId: string) => string, seed?: (portfolioId: string) => Promise<void>) {
  freshDatabase();
  const portfolio = await newPortfolio();
  await seed?.(portfolio.id);
  // applyAccept off: a person can drop any file, whatever the picker would have offered.
  const { router, user, view } = renderAt(path(portfolio.id), { applyAccept: false, delay: null });
  return { portfolioId: portfolio.id, router, user, view };
}

/** Long text goes in the way people often enter it: click the field and paste. */
export async function paste(user: UserEvent, control: HTMLElement, text: string) {
  await user.click(control);
  await user.paste(text);
}

export async function openUnit(user: UserEvent, name: RegExp) {
  const summary = screen.getByText(name, { selector: 'summary' });
  await user.click(summary);
}
