import type { Locator, Page } from 'playwright-core';
import { fieldError } from '../field';

/** The KPI rows of a performance report in the evidence editor (kpi-rows-section.tsx). */
export class KpiRows {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'KPI rows' });
  }

  /** One cell's input, by its column ("Before") and its row number from 1. */
  cell(column: string, row: number): Locator {
    return this.region.getByLabel(new RegExp(`^${column}, KPI ${row}\\b`));
  }

  cellError(column: string, row: number): Promise<string | null> {
    return fieldError(this.cell(column, row));
  }

  chart(name: string | RegExp): Locator {
    return this.page.getByRole('img', { name });
  }
}
