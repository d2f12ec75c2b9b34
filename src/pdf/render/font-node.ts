import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fontDirectory, fontFiles, type PdfFonts } from './font';

let cached: Promise<PdfFonts> | undefined;

/** Node (CLI, tests, benchmarks): reads the fonts from node_modules once per process. */
export function loadFontNode(): Promise<PdfFonts> {
  cached ??= (async () => {
    const require = createRequire(import.meta.url);
    const path = (file: string) => require.resolve(`${fontDirectory}/${file}`);
    const [regular, bold] = await Promise.all([readFile(path(fontFiles.regular)), readFile(path(fontFiles.bold))]);
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
  })();
  return cached;
}
