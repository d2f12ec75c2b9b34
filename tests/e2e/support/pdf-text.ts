import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of a PDF as poppler's pdftotext reads it, pages separated by form feeds. */
export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function pdfPageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [path]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match?.[1]) throw new Error(`pdfinfo did not report a page count for ${path}`);
  return Number(match[1]);
}

/** How many images the PDF draws, as poppler's pdfimages lists them. */
export async function pdfImageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfimages', ['-list', path]);
  // Two header lines, then one line per image (soft masks listed as their own "smask" rows).
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line)).length;
}

/** The pixel size and encoding of each image the PDF draws, as pdfimages lists them. */
export async function pdfImageSizes(path: string): Promise<{ width: number; height: number; encoding: string }[]> {
  const { stdout } = await run('pdfimages', ['-list', path]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line))
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      return { width: Number(cells[3]), height: Number(cells[4]), encoding: cells[8] ?? '' };
    });
}
