import { buildDemoSnapshot } from './demo';
import { encodeJpeg } from './jpeg';
import { encodePng } from './png';
import type { PortfolioSnapshot } from '../domain/snapshot';

/** A bar chart of monthly call-back complaints, drawn pixel by pixel: the kind of image a learner screenshots. */
function complaintsChart(): Uint8Array {
  const w = 480;
  const h = 270;
  const rgb = new Uint8Array(w * h * 3).fill(255);
  const paint = (x0: number, y0: number, x1: number, y1: number, [r, g, b]: [number, number, number]) => {
    for (let y = Math.max(0, y0); y < Math.min(h, y1); y += 1) {
      for (let x = Math.max(0, x0); x < Math.min(w, x1); x += 1) rgb.set([r, g, b], (y * w + x) * 3);
    }
  };
  paint(40, 20, 42, 240, [60, 60, 60]);
  paint(40, 238, 460, 240, [60, 60, 60]);
  const complaints = [4, 6, 9, 14, 11, 5, 3];
  complaints.forEach((n, i) => paint(60 + i * 56, 238 - n * 14, 60 + i * 56 + 36, 238, i >= 5 ? [30, 107, 58] : [29, 79, 145]));
  paint(40, 238 - 5 * 14, 460, 238 - 5 * 14 + 1, [179, 38, 30]);
  return encodePng(w, h, rgb);
}

/** A "photo" of a comment card, taken with the phone held sideways (EXIF orientation 6), as phones do. */
function commentCardPhoto(): Uint8Array {
  const w = 320;
  const h = 240;
  const rgb = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const card = x > 30 && x < 290 && y > 30 && y < 210;
      const line = card && (y - 60) % 24 < 2 && y > 60 && y < 190 && x > 50 && x < 270;
      const shade = card ? (line ? 120 : 245) : 150 + ((x + y) % 40);
      rgb.set(card ? [shade, shade, line ? 200 : shade - 10] : [shade - 60, shade - 80, shade - 100], (y * w + x) * 3);
    }
  }
  return encodeJpeg(w, h, rgb, { quality: 80, orientation: 6 });
}

/** The demo portfolio with two photos attached, so the PDF shows embedded images from the start. */
export function buildDemoPortfolio(options: { now: string; newId: () => string }): Promise<PortfolioSnapshot> {
  return buildDemoSnapshot({
    ...options,
    photos: [
      { evidenceTitle: 'Complaints rising', name: 'call-back-complaints-chart.png', type: 'image/png', bytes: complaintsChart() },
      { evidenceTitle: 'Comment cards', name: 'comment-card.jpg', type: 'image/jpeg', bytes: commentCardPhoto() },
    ],
  });
}
