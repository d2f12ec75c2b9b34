import type { Download, Locator, Page } from 'playwright-core';

export type CohortFilterLabel = 'Unit' | 'Learners with a point that is' | 'Assessor' | 'Group';

/** `/cohort`: the tutor's grid of learners by marking point, the shared gaps, filters and downloads. */
export class CohortPage {
  constructor(readonly page: Page) {}

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/cohort${search}`);
    await this.page.getByRole('heading', { level: 1, name: 'Cohort' }).waitFor();
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Cohort: learners by marking point' });
  }

  /** The learners in the grid's rows, by the name their row header shows. */
  async learners(): Promise<string[]> {
    return this.grid.locator('tbody th[role="rowheader"] .cohort-grid__name').allInnerTexts();
  }

  /** A learner's cell at a marking point: a link named "Learner, POINT: Status". */
  cell(learnerName: string, pointId: string): Locator {
    return this.grid.getByRole('link', { name: new RegExp(`^${escape(learnerName)}, ${escape(pointId)}: `) });
  }

  get topGaps(): Locator {
    return this.page.getByRole('region', { name: /most shared gaps?$/ });
  }

  /** The shared-gap table's marking points, top to bottom. */
  async gapOrder(): Promise<string[]> {
    return this.page.getByRole('table', { name: /^Marking points by how many learners lack them/ }).locator('tbody .cohort-gaps__id').allInnerTexts();
  }

  async sortGaps(by: 'Most learners lacking first' | 'Catalogue order'): Promise<void> {
    await this.page.getByRole('group', { name: 'Sort the shared gaps' }).getByRole('button', { name: by }).click();
  }

  async filter(label: CohortFilterLabel, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async downloadCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Download the CSV' }).click()]);
    return download;
  }

  /** On a learner's portfolio page opened from a cell: the way back. */
  get backToCohort(): Locator {
    return this.page.getByRole('link', { name: 'Back to the cohort' });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
