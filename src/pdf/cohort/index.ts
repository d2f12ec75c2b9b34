/** The cohort PDF. Import lazily: it pulls in jsPDF. */
export { renderCohortPdf, type CohortPdfOptions } from './render-cohort-pdf';
export { buildCohortPdfModel, POINTS_PER_PAGE } from './cohort-pdf-model';
export type * from './cohort-pdf-types';
