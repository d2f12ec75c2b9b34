import { z } from 'zod';

/*
 * Folio's Content-Security-Policy forbids `eval`. Zod 4 would otherwise probe for it with
 * `new Function('')` on its first object parse: the probe's error is caught, but Chromium still
 * reports it as a CSP violation. Imported first by the PDF worker and by every lazy screen's loader (src/app/screens.ts),
 * before any schema parses.
 */
z.config({ jitless: true });
