// Vite-only, like font-urls.ts: import lazily, when a screen makes its first PDF. H3 owns this file.
import { loadFontsFromUrls, type PdfFonts } from './font';
import { fontUrls } from './font-urls';

let fonts: Promise<PdfFonts> | undefined;

/** The PDF fonts, fetched once per page; a failed fetch is tried again next time. */
export function appFonts(): Promise<PdfFonts> {
  const loading = (fonts ??= loadFontsFromUrls(fontUrls));
  loading.catch(() => {
    if (fonts === loading) fonts = undefined;
  });
  return loading;
}
