import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { renderPortfolioPdf } from '../../src/pdf';
import { fontDirectory, fontFiles } from '../../src/pdf/render/font';
import { loadFontNode } from '../../src/pdf/render/font-node';
import { NOW, UNICODE_SAMPLES, pagesText, richPortfolio, writeTemp } from './pdf-helpers';

const options = { now: NOW, includeAttachments: true };

describe('renderPortfolioPdf progress and cancelling', () => {
  it('reports progress once per evidence item', async () => {
    const { snapshot } = await richPortfolio();
    const calls: [number, number][] = [];
    await renderPortfolioPdf(snapshot, options, { font: await loadFontNode(), onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('rejects with an AbortError when cancelled before it starts', async () => {
    const { snapshot } = await richPortfolio();
    const controller = new AbortController();
    controller.abort();
    await expect(renderPortfolioPdf(snapshot, options, { font: await loadFontNode(), signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops part-way when cancelled during the render', async () => {
    const { snapshot } = await richPortfolio();
    const controller = new AbortController();
    const seen: number[] = [];
    const onProgress = (done: number) => {
      seen.push(done);
      if (done === 2) controller.abort(new Error('the user pressed Cancel'));
    };
    await expect(renderPortfolioPdf(snapshot, options, { font: await loadFontNode(), onProgress, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(seen).toEqual([1, 2]);
  });
});

describe('renderPortfolioPdf fonts', () => {
  it('works with the regular face alone, given as an ArrayBuffer (as fetch gives it)', async () => {
    const require = createRequire(import.meta.url);
    const file = readFileSync(require.resolve(`${fontDirectory}/${fontFiles.regular}`));
    const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    const { snapshot } = await richPortfolio();
    const bytes = await renderPortfolioPdf(snapshot, options, { font: buffer });
    const text = pagesText(writeTemp(bytes), '-raw').join('\n');
    for (const s of UNICODE_SAMPLES) expect(text).toContain(s);
    expect(text).toContain('Coverage by unit');
  });
});
