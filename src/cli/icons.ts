/**
 * `npm run icons`: draws Folio's app icons (public/icons/) from the favicon's design, for the web
 * app manifest. Run it again after changing the design; the PNGs are committed, so a build needs no image tools.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const BLUE = '#1d4f91';
/** The favicon's "F", on a 32-unit square. */
const LETTER = 'M10 8h12v3H13.5v4H20v3h-6.5v6H10z';

/** The favicon itself: a rounded square, for launchers that show the icon as it is. */
export const roundedIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BLUE}"/><path d="${LETTER}" fill="#fff"/></svg>`;

/**
 * For launchers that cut the icon to their own shape: the colour fills the whole square, and the
 * letter's farthest corner lies 10 of 32 units from the centre (31 %), inside the 40 % safe circle.
 */
export const maskableIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BLUE}"/><path d="${LETTER}" fill="#fff"/></svg>`;

const outDir = resolve(import.meta.dirname, '../../public/icons');

async function png(svg: string, size: number, name: string): Promise<void> {
  // A density that draws the 32-unit view box at the wanted size, so the edges are sharp, not stretched.
  const bytes = await sharp(Buffer.from(svg), { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
  writeFileSync(join(outDir, name), bytes);
  console.log(`public/icons/${name}: ${size}×${size}, ${bytes.length} bytes`);
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'icon.svg'), `${roundedIcon}\n`);
await png(roundedIcon, 192, 'icon-192.png');
await png(roundedIcon, 512, 'icon-512.png');
await png(maskableIcon, 512, 'maskable-512.png');
// iOS rounds the corners itself, so its icon fills the square.
await png(maskableIcon, 180, 'apple-touch-icon.png');
