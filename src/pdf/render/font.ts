/**
 * The font the PDF embeds: DejaVu Sans Condensed (dejavu-fonts-ttf), a compact Unicode TrueType
 * font with Latin, Greek and Cyrillic, curly quotes, dashes, £, €, bullets and arrows. The caller
 * loads the bytes (fetch in a browser or worker, the file system in Node) and passes them in.
 */
export type FontBytes = Uint8Array | ArrayBuffer;

export interface PdfFonts {
  regular: FontBytes;
  /** Without it, headings are drawn in the regular face. */
  bold?: FontBytes;
}

/** Where the font files live inside node_modules. */
export const fontDirectory = 'dejavu-fonts-ttf/ttf';
export const fontFiles = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
} as const;

export interface FontUrls {
  regular: string;
  bold?: string;
}

/** Browser and Web Worker: fetch the fonts (e.g. from Vite `?url` imports, see font-urls.ts). */
export async function loadFontsFromUrls(urls: FontUrls, fetchFn: typeof fetch = fetch): Promise<PdfFonts> {
  const get = async (url: string) => {
    const res = await fetchFn(url);
    if (!res.ok) throw new Error(`Could not load the PDF font from ${url} (HTTP ${res.status}).`);
    return res.arrayBuffer();
  };
  const [regular, bold] = await Promise.all([get(urls.regular), urls.bold ? get(urls.bold) : undefined]);
  return { regular, bold };
}

export function toBytes(font: FontBytes): Uint8Array {
  return font instanceof Uint8Array ? font : new Uint8Array(font);
}
