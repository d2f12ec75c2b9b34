import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The app's start-up code is everything src/main.tsx reaches through static imports; import() and
 * workers load later. The demo and the image encoders (src/samples/) must stay out of it: the demo
 * button loads them with import(). A quick check on the sources, beside the build's size budget.
 */
const root = resolve(__dirname, '../..');

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((c) => /\.tsx?$/.test(c) && existsSync(c));
}

/** Local files this one imports statically, leaving out type-only imports (erased when compiled). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
    const isReExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly;
    if (!isImport && !isReExport) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const target = resolveLocal(file, specifier.text);
    if (target) found.push(target);
  }
  return found;
}

function startUpFiles(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const next of staticImports(file)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen].map((f) => relative(root, f).split('\\').join('/'));
}

describe('start-up code', () => {
  const files = startUpFiles(resolve(root, 'src/main.tsx'));
  const samplesIn = (list: string[]) => list.filter((f) => f.startsWith('src/samples/'));

  it('follows the static imports from the entry into the app', () => {
    // Guards the walk itself: an empty or broken walk would let the next checks pass on nothing.
    expect(files).toContain('src/app/app.tsx');
    expect(files).toContain('src/db/index.ts');
  });

  it('holds none of samples/', () => {
    expect(samplesIn(files)).toEqual([]);
  });

  it('the demo button reaches samples/ only through import(), wherever its screen is loaded', () => {
    const button = startUpFiles(resolve(root, 'src/features/setup/use-load-demo.ts'));
    expect(button).toContain('src/db/index.ts');
    expect(samplesIn(button)).toEqual([]);
  });
});
