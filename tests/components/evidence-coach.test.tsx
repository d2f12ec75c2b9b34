import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { paste, renderPortfolioAt } from './support/evidence-editor';
import { renderAt } from './support/render-app';
import { seedItem } from './support/seed';

const noEvaluation = /has nothing under “What you would do differently”/;

function coachSection() {
  return screen.getByRole('region', { name: 'What an assessor would question' });
}

async function seedReflection(portfolioId: string) {
  return seedItem(portfolioId, {
    title: 'Broken locker',
    kind: 'reflective-account',
    fields: { situation: 'A member’s locker jammed', actions: 'I fetched the spare key and apologised', outcome: '', nextTime: '' },
  });
}

describe('the coach in the evidence editor', { timeout: 20_000 }, () => {
  it('shows a finding live from the form, with its severity in words and the seed’s words behind “Why?”, and drops it once fixed', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    expect(within(coachSection()).getByText(/Nothing for now/)).toBeInTheDocument();

    await paste(user, screen.getByLabelText(/^Title/), 'Broken locker');
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'reflective-account');
    // The coach runs after a pause in typing; a loaded machine can take a while to get there.
    const finding = await within(coachSection()).findByText(noEvaluation, {}, { timeout: 4000 });
    const item = finding.closest('li') as HTMLElement;
    expect(finding).toHaveTextContent('E001 “Broken locker”');
    expect(within(item).getByText('Worth considering:')).toBeInTheDocument();
    expect(within(item).getByText('Why?', { selector: 'summary' })).toBeInTheDocument();
    expect(within(item).getByText('suggesting actionable improvements, demonstrating reflective practice')).toBeInTheDocument();
    // Nothing to dismiss before the item exists.
    expect(within(item).queryByRole('button', { name: 'Dismiss…' })).toBeNull();

    await paste(user, screen.getByLabelText(/^What you would do differently/), 'Check the spare keys at the start of every shift');
    await waitFor(() => expect(within(coachSection()).queryByText(noEvaluation)).toBeNull(), { timeout: 4000 });
    expect(within(coachSection()).getByText(/Nothing for now/)).toBeInTheDocument();
  });

  it('dismisses a finding only with a reason, keeps it shown as dismissed, and still after the data is read again', async () => {
    let evidenceId = '';
    const { user, portfolioId, view } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => void (evidenceId = (await seedReflection(p)).id),
    );
    view.unmount();
    const first = renderAt(`/p/${portfolioId}/evidence/${evidenceId}`);
    const finding = await within(await screen.findByRole('region', { name: 'What an assessor would question' })).findByText(noEvaluation, {}, { timeout: 4000 });
    const row = finding.closest('li') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Dismiss…' }));
    const reason = within(row).getByLabelText(/^Why does this not apply/);
    expect(reason).toHaveFocus();
    await user.click(within(row).getByRole('button', { name: 'Dismiss finding' }));
    expect(await within(row).findByText('Say why this finding does not apply, in a few words')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect((await db().records.toArray()).filter((r) => r.type === 'coach-dismissal')).toEqual([]);

    await user.type(reason, 'My tutor asked for a short account{Enter}');
    expect(await within(row).findByText('Zoë Brontë: My tutor asked for a short account', { exact: false }, { timeout: 4000 })).toBeInTheDocument();
    expect(within(row).getByText(noEvaluation)).toBeInTheDocument();
    const records = await db().records.toArray();
    expect(records.filter((r) => r.type === 'coach-dismissal')).toMatchObject([
      { checkId: 'reflection-evaluation', evidenceId, reason: 'My tutor asked for a short account', by: { role: 'learner', name: 'Zoë Brontë' } },
    ]);
    const audit = await db().audit.where('portfolioId').equals(portfolioId).toArray();
    expect(audit.find((a) => a.action === 'coach finding dismissed')?.detail).toBe('E001: Reflection with no evaluation — My tutor asked for a short account');
    // The form was not submitted by the Enter key: no new version of the item.
    expect(await db().versions.where('evidenceId').equals(evidenceId).count()).toBe(1);

    first.view.unmount();
    cleanup();
    renderAt(`/p/${portfolioId}/evidence/${evidenceId}`);
    const again = await within(await screen.findByRole('region', { name: 'What an assessor would question' })).findByText(noEvaluation, {}, { timeout: 4000 });
    expect(within(again.closest('li') as HTMLElement).getByText(/My tutor asked for a short account/)).toBeInTheDocument();
    expect(within(again.closest('li') as HTMLElement).queryByRole('button', { name: 'Dismiss…' })).toBeNull();
  });
});
