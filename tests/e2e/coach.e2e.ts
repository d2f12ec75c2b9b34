import { expectNoAxeViolations } from './support/axe';
import { openDemoItem } from './support/open-demo-item';
import { waitForScreen } from './support/settle';
import { describe, expect, test } from './support/test';

// The demo's reflective account E020 leaves "What you would do differently" empty (tests/unit/coach-demo.test.ts), and maps to REL-1.
const noEvaluation = /E020 “Handling a vulnerable member’s enquiry” has nothing under “What you would do differently”/;

describe('the coach on screen', () => {
  test('questions E020 in the editor, takes a dismissal only with a reason, shows it dismissed, and on its marking point’s page', async ({ page }) => {
    const { portfolioId, editor } = await openDemoItem(page, 'E020');

    const coach = page.getByRole('region', { name: 'What an assessor would question' });
    const finding = coach.getByRole('listitem').filter({ hasText: noEvaluation });
    await finding.waitFor();
    await finding.getByText('Why?').click();
    await finding.getByText('suggesting actionable improvements, demonstrating reflective practice').waitFor();
    await expectNoAxeViolations(page, 'the evidence editor with a coach finding and its “Why?” open');

    await finding.getByRole('button', { name: 'Dismiss…' }).click();
    await finding.getByRole('button', { name: 'Dismiss finding' }).click();
    await finding.getByText('Say why this finding does not apply, in a few words').waitFor();
    await expectNoAxeViolations(page, 'the evidence editor with a dismissal missing its reason');

    await finding.getByLabel(/^Why does this not apply/).fill('My assessor asked me to keep this one short');
    await finding.getByLabel(/^Why does this not apply/).press('Enter');
    await finding.getByText(/^Dismissed by .*: My assessor asked me to keep this one short$/).waitFor();
    await expectNoAxeViolations(page, 'the evidence editor with a dismissed coach finding');

    await page.goto(`/p/${portfolioId}/points/REL-1`);
    await waitForScreen(page);
    const onPoint = page.getByRole('region', { name: 'What an assessor would question here' });
    await onPoint.getByText(noEvaluation).waitFor();
    await onPoint.getByText(/My assessor asked me to keep this one short$/).waitFor();
    await expectNoAxeViolations(page, 'a marking point with a dismissed coach finding');
    await onPoint.getByRole('link', { name: /^E020 / }).click();
    await editor.waitUntilShown();

    // Fixed, the finding goes as the learner types.
    await editor.field('What you would do differently').fill('Ask the member at the start whether they want someone with them');
    await expect.poll(() => coach.getByText(noEvaluation).count()).toBe(0);
    await coach.getByText(/^Nothing for now/).waitFor();
  });
});
