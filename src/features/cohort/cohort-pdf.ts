import type { CohortPdfInput, CohortPdfOptions } from '../../pdf/cohort';

/**
 * The cohort PDF's bytes. jsPDF, the layout and the fonts load here, on the first download, so the
 * cohort view opens without them. `options.onProgress` counts units laid out, for a status line.
 */
export async function makeCohortPdf(input: CohortPdfInput, options: CohortPdfOptions = {}): Promise<Uint8Array> {
  const [{ renderCohortPdf }, { appFonts }] = await Promise.all([import('../../pdf/cohort'), import('../../pdf/render/app-fonts')]);
  return renderCohortPdf(input, await appFonts(), options);
}
