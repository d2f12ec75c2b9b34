/**
 * The assessor PDF. Import this module lazily (it pulls in jsPDF): the app loads it only when the
 * learner exports. Node code (CLI, tests) loads the fonts with `loadFontNode` from './render/font-node';
 * a browser or worker fetches them with `loadFontsFromUrls(fontUrls)` (`fontUrls` in './render/font-urls').
 */
export { renderPdf, type RenderDeps } from './render/render';
export { renderPortfolioPdf } from './portfolio-pdf';
export { buildPdfModel, type PdfOptions } from './model/build';
export { attachmentBytesFor } from './model/attachments';
export type * from './model/types';
export { fontDirectory, fontFiles, loadFontsFromUrls, type FontBytes, type FontUrls, type PdfFonts } from './render/font';
export { MemoryPrintCopyCache, printCopyKey, printTarget, type ImageScaler, type PrintCopy, type PrintCopyCache, type PrintTarget, type ScaledImage } from './render/print-copy';
export { IMAGE_LIMITS, PRINT_JPEG_QUALITY, PRINT_LONG_EDGE } from './model/image-limits';
export type { ImageInfo } from './model/image-info';
