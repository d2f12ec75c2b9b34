import type { Locator, Page } from 'playwright-core';

/** `/p/:id/assess/:unitId`: a unit point by point, the decision form and the unit's sign-off. */
export class AssessPage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
    readonly unitId: string,
  ) {}

  async goto(pointId?: string): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/assess/${this.unitId}${pointId ? `?point=${pointId}` : ''}`);
    await this.page.getByRole('heading', { level: 1, name: /^Assess unit \d: / }).waitFor();
    await this.pointPanel().waitFor();
  }

  pointPanel(pointId?: string): Locator {
    return this.page.getByRole('region', { name: pointId ? `Marking point ${pointId}` : /^Marking point / });
  }

  /** Moves to a marking point by its link in the unit's list of points. */
  async openPoint(pointId: string): Promise<void> {
    await this.page.getByRole('navigation', { name: /^Marking points of unit/ }).getByRole('link', { name: pointId, exact: true }).click();
    await this.pointPanel(pointId).waitFor();
  }

  /** Fills and submits the decision form; `feedback` only when given. */
  async decide(decision: { outcome: 'Met' | 'Partially met' | 'Not yet met'; methods: string[]; feedback?: string }): Promise<void> {
    const panel = this.pointPanel();
    await panel.getByRole('radio', { name: decision.outcome, exact: true }).check();
    if (decision.feedback !== undefined) await panel.getByLabel('Feedback to the learner').fill(decision.feedback);
    for (const m of decision.methods) await panel.getByRole('checkbox', { name: m, exact: true }).check();
    await panel.getByRole('button', { name: /^Save and sign the decision on/ }).click();
  }

  saved(pointId: string): Locator {
    return this.page.getByRole('status').filter({ hasText: `Your decision on ${pointId} is saved and signed` });
  }

  get signOff(): Locator {
    return this.page.getByRole('region', { name: /^Unit \d sign-off$/ });
  }
}
