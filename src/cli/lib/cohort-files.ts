import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errorDetail } from '../../domain/error-detail';

/** A path the cohort command will read, or one it cannot, with the reason. */
export type CohortPath = { path: string } | { path: string; refused: string };

const isFolio = (name: string) => name.toLowerCase().endsWith('.folio');

/**
 * The files named, and the `.folio` files directly inside each folder named, in the order given (a
 * folder's files by name). Sub-folders are not searched: a folder of a year's intakes should not pull in
 * an "old" or "backup" folder beside them unasked. The same file named twice is read once.
 */
export function cohortPaths(args: readonly string[]): CohortPath[] {
  const out: CohortPath[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const full = resolve(path);
    if (seen.has(full)) return;
    seen.add(full);
    out.push({ path });
  };
  for (const arg of args) {
    if (!existsSync(arg)) {
      out.push({ path: arg, refused: 'there is no such file or folder.' });
      continue;
    }
    if (!statSync(arg).isDirectory()) {
      add(arg);
      continue;
    }
    let files: string[];
    try {
      files = readdirSync(arg, { withFileTypes: true })
        .filter((e) => e.isFile() && isFolio(e.name))
        .map((e) => e.name)
        .sort((a, b) => a.localeCompare(b, 'en-GB'));
    } catch (e) {
      out.push({ path: arg, refused: `the folder cannot be read (${errorDetail(e)}).` });
      continue;
    }
    if (files.length === 0) out.push({ path: arg, refused: 'the folder holds no .folio files (sub-folders are not searched).' });
    for (const name of files) add(join(arg, name));
  }
  return out;
}
