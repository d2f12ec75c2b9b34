/**
 * The assessor PDF. Import this module lazily (it pulls in jsPDF): the app loads it only when the
 * learner exports. Node code (CLI, tests) loads the fonts with `loadFontNode` from './font-node';
 * a browser or worker fetches them with `loadFontsFromUrls(fontUrls)` (`fontUrls` in './font-urls').
 */
export { renderPdf, type RenderDeps } from './render';
export { buildPdfModel, type PdfOptions } from './model';
export type * from './model-types';
export { fontDirectory, fontFiles, loadFontsFromUrls, type FontBytes, type FontUrls, type PdfFonts } from './font';
export { MemoryPrintCopyCache, printCopyKey, printTarget, type ImageScaler, type PrintCopy, type PrintCopyCache, type PrintTarget, type ScaledImage } from './print-copy';
export { IMAGE_LIMITS, PRINT_JPEG_QUALITY, PRINT_LONG_EDGE } from './image-limits';
export type { ImageInfo } from './image-info';
