import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paste, renderPortfolioAt } from './support/evidence-editor';

/** The live region beside a long field: what a screen reader was last told. */
function announced(field: HTMLElement): string {
  const region = field.closest('.field')?.nextElementSibling?.querySelector('[aria-live="polite"]');
  if (!region) throw new Error('no live region after the field');
  return region.textContent ?? '';
}

describe('long text in the editor', { timeout: 30_000 }, () => {
  it('shows a live count from 80 % of the limit, in the error style past it, and announces only the crossings', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'reflective-account');
    const situation = screen.getByLabelText(/^The situation/);

    await paste(user, situation, 'x'.repeat(15_999));
    expect(screen.queryByText(/of 20,000 characters/)).toBeNull();
    expect(announced(situation)).toBe('');

    await paste(user, situation, 'x');
    expect(screen.getByText('16,000 of 20,000 characters')).not.toHaveClass('long-text-count__figure--over');
    expect(announced(situation)).toBe('The situation: near the limit, 16,000 of 20,000 characters.');

    // A keystroke inside the band moves the visible figure but says nothing new.
    await paste(user, situation, 'x'.repeat(3_120));
    expect(screen.getByText('19,120 of 20,000 characters')).toBeInTheDocument();
    expect(announced(situation)).toBe('The situation: near the limit, 16,000 of 20,000 characters.');

    await paste(user, situation, 'x'.repeat(980));
    expect(screen.getByText('20,100 of 20,000 characters: 100 too many')).toHaveClass('long-text-count__figure--over');
    expect(announced(situation)).toMatch(/^The situation: over the limit, 20,100 of 20,000 characters: 100 too many\. Shorten it/);

    const reflection = screen.getByLabelText(/^Reflection$/);
    await paste(user, reflection, 'y'.repeat(17_000));
    expect(screen.getByText('17,000 of 20,000 characters')).toBeInTheDocument();
    expect(announced(reflection)).toBe('Reflection: near the limit, 17,000 of 20,000 characters.');
  });

  it('names the long field and its figures in the error summary', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await paste(user, screen.getByLabelText(/^Title/), 'A long account');
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'reflective-account');
    await user.click(screen.getByLabelText('External customers'));
    await paste(user, screen.getByLabelText(/^The situation/), 'x'.repeat(39_750));
    await paste(user, screen.getByLabelText(/^What you did and why/), 'Listened, then acted');
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'The situation: keep this under 20,000 characters; it has 39,750' })).toBeInTheDocument();
  });
});
