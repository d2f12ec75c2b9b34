// The PDF maker's thread. jsPDF, the layout code and the font load here, and only when the first
// export asks for them, so neither the start-up bundle nor the page's thread ever carries them.
import '../../domain/zod-jitless';
import { isRenderRequest } from './pdf-protocol';
import { handleRenderRequest, type RenderFn } from './pdf-worker-handler';

type Renderer = { renderPdf: typeof import('../../pdf').renderPdf; fonts: import('../../pdf/font').PdfFonts };

let renderer: Promise<Renderer> | undefined;

function loadRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const [{ renderPdf }, { loadFontsFromUrls }, { fontUrls }] = await Promise.all([
      import('../../pdf'),
      import('../../pdf/font'),
      import('../../pdf/font-urls'),
    ]);
    return { renderPdf, fonts: await loadFontsFromUrls(fontUrls) };
  })();
  // A failed load (say, the network dropped) must not stick: the next export tries again.
  renderer.catch(() => {
    renderer = undefined;
  });
  return renderer;
}

const render: RenderFn = async ({ snapshot, options }, onProgress) => {
  const { renderPdf, fonts } = await loadRenderer();
  return renderPdf(snapshot, options, { font: fonts, onProgress });
};

self.onmessage = (event: MessageEvent) => {
  const request: unknown = event.data;
  if (!isRenderRequest(request)) return;
  void handleRenderRequest(request, render, (reply, transfer) => self.postMessage(reply, { transfer }));
};
