// The PDF maker's thread. jsPDF, the layout code and the font load here, and only when the first
// export asks for them, so neither the start-up bundle nor the page's thread ever carries them.
import '../../domain/zod-jitless';
import { isRenderRequest } from './pdf-protocol';
import { handleRenderRequest, type RenderFn } from './pdf-worker-handler';
import { canScaleImages, scaleImageBrowser } from './scale-image-browser';

type PdfModule = typeof import('../../pdf');
type Renderer = { renderPortfolioPdf: PdfModule['renderPortfolioPdf']; MemoryPrintCopyCache: PdfModule['MemoryPrintCopyCache']; fonts: import('../../pdf/render/font').PdfFonts };

let renderer: Promise<Renderer> | undefined;

function loadRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const [{ renderPortfolioPdf, MemoryPrintCopyCache }, { loadFontsFromUrls }, { fontUrls }] = await Promise.all([
      import('../../pdf'),
      import('../../pdf/render/font'),
      import('../../pdf/render/font-urls'),
    ]);
    return { renderPortfolioPdf, MemoryPrintCopyCache, fonts: await loadFontsFromUrls(fontUrls) };
  })();
  // A failed load (say, the network dropped) must not stick: the next export tries again.
  renderer.catch(() => {
    renderer = undefined;
  });
  return renderer;
}

// The worker holds no database: the page sends the print copies it keeps for this portfolio's
// photos, and stores the ones made here when the PDF comes back.
const render: RenderFn = async ({ snapshot, options, printCopies }, onProgress, keepCopy) => {
  const { renderPortfolioPdf, MemoryPrintCopyCache, fonts } = await loadRenderer();
  const cache = new MemoryPrintCopyCache(printCopies);
  return renderPortfolioPdf(snapshot, options, {
    font: fonts,
    onProgress,
    // Without the APIs (an older browser) photos print as stored, still within the pixel limits.
    scaleImage: canScaleImages() ? scaleImageBrowser : undefined,
    printCopies: {
      get: (key) => cache.get(key),
      set: async (copy) => {
        await cache.set(copy);
        keepCopy(copy);
      },
    },
  });
};

self.onmessage = (event: MessageEvent) => {
  const request: unknown = event.data;
  if (!isRenderRequest(request)) return;
  void handleRenderRequest(request, render, (reply, transfer) => self.postMessage(reply, { transfer }));
};
