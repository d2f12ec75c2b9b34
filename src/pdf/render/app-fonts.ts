// Vite-only, like font-urls.ts: the app imports this lazily, when the first PDF of a screen is made.
import { loadFontsFromUrls, type PdfFonts } from './font';
import { fontUrls } from './font-urls';

let fonts: Promise<PdfFonts> | undefined;

/** The PDF fonts, fetched once per page (the service worker keeps them for offline use). */
export function appFonts(): Promise<PdfFonts> {
  const loading = (fonts ??= loadFontsFromUrls(fontUrls));
  // A failed fetch (say, the network dropped before the first visit finished caching) must not stick.
  loading.catch(() => {
    if (fonts === loading) fonts = undefined;
  });
  return loading;
}
