// Vite-only: these imports resolve to URLs of the font files, fetched only when a PDF is made.
// Import this module lazily (from the export worker); Node code uses font-node.ts instead.
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf?url';
import regular from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url';
import type { FontUrls } from './font';

export const fontUrls: FontUrls = { regular, bold };
