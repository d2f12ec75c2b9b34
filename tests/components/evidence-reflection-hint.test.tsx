import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPortfolioAt } from './support/evidence-editor';

/** Every visible prompt on the form, labels and hints, in lower case. */
function prompts(): string[] {
  return Array.from(document.querySelectorAll('.field__label, .field__hint'), (e) => (e.firstChild?.textContent ?? '').toLowerCase());
}

describe('the reflection’s prompts', { timeout: 20_000 }, () => {
  it('asks "What you did and why" once on a reflective account, and all three questions on other kinds', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'reflective-account');
    const asking = prompts().filter((p) => p.includes('what you did and why'));
    expect(asking).toEqual(['what you did and why']);
    expect(screen.getByText('What you learned.', { selector: '.field__hint' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'complaint');
    expect(screen.getByText('What you did and why, what you learned, and what you would do differently.', { selector: '.field__hint' })).toBeInTheDocument();
  });
});
