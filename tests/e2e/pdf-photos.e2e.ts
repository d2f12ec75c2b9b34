import { join } from 'node:path';
import { encodeJpeg } from '../../src/samples/jpeg';
import { halves } from '../unit/pdf-helpers';
import { EvidenceListPage } from './support/pages/evidence-list-page';
import { ExportPage } from './support/pages/export-page';
import { HomePage } from './support/pages/home-page';
import { pdfImageSizes, pdfText } from './support/pdf-text';
import { testTempDir } from './support/temp-dir';
import { describe, expect, test } from './support/test';
import { squash } from './support/field';

/** A 4000 × 3000 phone photo held sideways (EXIF orientation 6): red on the left as stored. */
function sidewaysPhoto(): Buffer {
  return Buffer.from(encodeJpeg(4000, 3000, halves(4000, 3000), { quality: 85, orientation: 6 }));
}

describe('photos in the PDF', () => {
  test('a large phone photo is printed from an upright 2000 px copy, kept for the next export', { timeout: 240_000 }, async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.loadDemo();
    const editor = await new EvidenceListPage(page, portfolioId).edit('E004');
    await editor.attach({ name: 'counter-sideways.jpg', mimeType: 'image/jpeg', buffer: sidewaysPhoto() });
    await expect.poll(() => editor.attachedNames()).toEqual(['counter-sideways.jpg']);
    await editor.save();

    const exportPage = new ExportPage(page, portfolioId);
    await exportPage.goto();
    await exportPage.keepAllAsMine();
    const dir = await testTempDir();
    const first = join(dir, 'first.pdf');
    await (await exportPage.createPdf()).saveAs(first);
    const sizes = await pdfImageSizes(first);
    // Scaled in the worker, turned upright: 3000 × 4000 as shown becomes 1500 × 2000, a JPEG.
    expect(sizes).toContainEqual({ width: 1500, height: 2000, encoding: 'jpeg' });
    expect(sizes.every((s) => Math.max(s.width, s.height) <= 2000)).toBe(true);
    expect(squash(await pdfText(first))).not.toContain('could not be made ready for print');

    // The copy is kept in the database by the photo's SHA-256, so the next export does not scale again.
    const kept = await page.evaluate(
      () =>
        new Promise<{ key: string; width: number; height: number; format: string }[]>((resolve, reject) => {
          const open = indexedDB.open('folio');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('printCopies').objectStore('printCopies').getAll();
            all.onsuccess = () => {
              resolve((all.result as { key: string; width: number; height: number; format: string }[]).map(({ key, width, height, format }) => ({ key, width, height, format })));
              open.result.close();
            };
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ width: 1500, height: 2000, format: 'jpeg' });
    expect(kept[0]?.key).toMatch(/^[0-9a-f]{64}:1500x2000:jpeg:q85$/);

    await exportPage.goto();
    const second = join(dir, 'second.pdf');
    await (await exportPage.createPdf()).saveAs(second);
    expect(await pdfImageSizes(second)).toEqual(sizes);
  });
});
