/** The IQA's sampling record as a PDF. Import lazily: it pulls in jsPDF. */
export { renderIqaPdf } from './render-iqa-pdf';
export type * from './iqa-pdf-input';
