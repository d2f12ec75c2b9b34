import type { Catalogue } from '../../catalogue/schema';
import type { Cohort } from '../../domain/cohort/cohort';
import type { CohortView } from '../../domain/cohort/cohort-filter';

/** What the cohort PDF is made from: the whole cohort, and the filtered view the screen shows. */
export interface CohortPdfInput {
  catalogue: Catalogue;
  cohort: Cohort;
  view?: CohortView;
  filterNote?: string;
  generatedAt: string;
  title?: string;
}

/**
 * The cohort PDF. H3 owns this file and its renderer (src/pdf/cohort/); this branch does not have them, so
 * it says so rather than pretending: the view shows the message. The coordinator keeps H3's version.
 */
export async function makeCohortPdf(input: CohortPdfInput): Promise<Uint8Array> {
  await Promise.resolve(input);
  throw new Error('The cohort PDF is not part of this version of Folio yet. Download the CSV instead.');
}
