import type { Locator } from 'playwright-core';
import type { UploadFile } from './pages/evidence-editor-page';

/**
 * Drags files from outside the browser onto an element: the same dragenter, dragover and drop
 * events, carrying real File objects, that a file dragged from the desktop produces.
 */
export async function dropFiles(target: Locator, files: readonly UploadFile[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') }));
  const dataTransfer = await target.page().evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: f.mimeType }));
    }
    return transfer;
  }, payload);
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
  await dataTransfer.dispose();
}
