import { describe, expect, it } from 'vitest';
import { buildSnapshot, colourCentres, headingPage, listImages, pagesText, redBlueJpeg, redBluePng, renderToFile, richPortfolio, squash, withExifLittleEndian } from './pdf-helpers';

describe('images in the PDF', () => {
  it('embeds PNG and JPEG attachments, and lists the other files with size and SHA-256', async () => {
    const { snapshot } = await richPortfolio();
    const { path } = await renderToFile(snapshot);
    const images = listImages(path);
    expect(images.map(([, w, h, enc]) => [w, h, enc])).toEqual([
      [60, 30, 'image'], // PNG, re-encoded by jsPDF
      [64, 32, 'jpeg'], // JPEG, embedded as it is
    ]);
    const page = headingPage(pagesText(path), 'E002', 'Photos of the queue board')[0];
    expect(images.every(([p]) => p === page)).toBe(true);
    const text = squash(pagesText(path, '-raw').join(' '));
    const pdf = snapshot.attachments.find((a) => a.name === 'minutes.pdf');
    expect(text).toContain(`minutes.pdf application/pdf 25 bytes`);
    expect(text.replace(/ /g, '')).toContain(pdf?.sha256);
    expect(text).toContain('broken.png The image could not be read, so it is listed rather than shown.');
  });

  it('leaves images and the file list out when attachments are not wanted, and says so', async () => {
    const { snapshot } = await richPortfolio();
    const { path } = await renderToFile(snapshot, { includeAttachments: false });
    expect(listImages(path)).toEqual([]);
    const text = squash(pagesText(path).join(' '));
    expect(text).toContain('4 attached files left out of this export.');
    expect(text).not.toContain('minutes.pdf');
  });

  it('prints phone photos the right way up, whatever their EXIF orientation', async () => {
    // The stored picture: red on the left, blue on the right.
    const jpeg = redBlueJpeg(160, 80);
    const cases = [
      { orientation: 1, bytes: jpeg, expect: 'red left' },
      { orientation: 3, bytes: withExifLittleEndian(jpeg, 3), expect: 'red right' },
      { orientation: 6, bytes: withExifLittleEndian(jpeg, 6), expect: 'red top' },
      { orientation: 8, bytes: redBlueJpeg(160, 80, 8), expect: 'red bottom' },
      { orientation: 1, bytes: redBluePng(160, 80), expect: 'red left' },
    ];
    const { snapshot } = await buildSnapshot(
      cases.map((c, i) => ({
        title: `Photo ${i + 1} with orientation ${c.orientation}`,
        kind: 'other' as const,
        date: '2026-05-01',
        fields: { description: 'A photo.' },
        files: [{ name: `photo-${i + 1}`, type: 'image/jpeg', bytes: c.bytes }],
      })),
    );
    const { path } = await renderToFile(snapshot);
    const pages = pagesText(path);
    for (const [i, c] of cases.entries()) {
      const page = headingPage(pages, `E00${i + 1}`, `Photo ${i + 1} with orientation ${c.orientation}`)[0] ?? 0;
      const { red, blue } = colourCentres(path, page);
      const [dx, dy] = [blue[0] - red[0], blue[1] - red[1]];
      const seen = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'red left' : 'red right') : dy > 0 ? 'red top' : 'red bottom';
      expect(seen, `photo ${i + 1}`).toBe(c.expect);
      // Turned a quarter, the 2:1 picture prints taller than wide: the halves sit one above the other.
      expect(Math.abs(c.orientation >= 5 ? dx : dy), `photo ${i + 1}`).toBeLessThan(2);
    }
  });
});
