import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of GUIDE §7 live in eslint.config.js; this holds them to their word.
const eslint = new ESLint();

// no-restricted-syntax carries the rule no-restricted-imports cannot (it does not see import()).
const boundaryRules = new Set(['no-restricted-imports', 'no-restricted-syntax']);

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId && boundaryRules.has(m.ruleId)).map((m) => m.message);
}

/** A file that imports `from` statically and uses it, so only the import itself can be refused. */
const importing = (from: string) => `import * as probe from '${from}';\nexport const a = probe;\n`;
const importingLater = (from: string) => `export const load = () => import('${from}');\n`;

describe('import direction', () => {
  it('keeps domain/ and catalogue/ free of React, Dexie and the outer layers', async () => {
    expect(await restricted('src/domain/probe.ts', "import { useState } from 'react';\nexport const a = useState;\n")).toHaveLength(1);
    expect(await restricted('src/domain/probe.ts', "import { db } from '../db';\nexport const a = db;\n")).toHaveLength(1);
    expect(await restricted('src/catalogue/probe.ts', "import { Dexie } from 'dexie';\nexport const a = Dexie;\n")).toHaveLength(1);
    expect(await restricted('src/domain/probe.ts', "import { catalogue } from '../catalogue';\nexport const a = catalogue;\n")).toEqual([]);
  });

  it('keeps a feature out of another feature and out of the shell', async () => {
    expect(await restricted('src/features/evidence/probe.ts', "import { CoveragePage } from '../coverage';\nexport const a = CoveragePage;\n")).toHaveLength(1);
    expect(await restricted('src/features/evidence/probe.ts', "import { routes } from '../../app/routes';\nexport const a = routes;\n")).toHaveLength(1);
    expect(await restricted('src/features/evidence/probe.ts', "import { db } from '../../db';\nexport const a = db;\n")).toEqual([]);
  });

  it('keeps the PDF renderer and shared UI away from the database', async () => {
    expect(await restricted('src/pdf/probe.ts', "import { db } from '../db';\nexport const a = db;\n")).toHaveLength(1);
    expect(await restricted('src/ui/probe.ts', "import { db } from '../db';\nexport const a = db;\n")).toHaveLength(1);
    expect(await restricted('src/db/probe.ts', "import { PageHeader } from '../ui/page-header';\nexport const a = PageHeader;\n")).toHaveLength(1);
  });

  it('keeps ui/ away from pdf/, so jsPDF never joins the start-up bundle', async () => {
    expect(await restricted('src/ui/probe.ts', importing('../pdf'))).toHaveLength(1);
    expect(await restricted('src/ui/probe.ts', importing('../pdf/model'))).toHaveLength(1);
    expect(await restricted('src/ui/probe.ts', importing('../domain/hash'))).toEqual([]);
  });

  it('keeps the catalogue free of the domain', async () => {
    expect(await restricted('src/catalogue/probe.ts', importing('../domain/hash'))).toHaveLength(1);
    expect(await restricted('src/catalogue/probe.ts', importing('../domain'))).toHaveLength(1);
    expect(await restricted('src/catalogue/probe.ts', importing('zod'))).toEqual([]);
  });

  it('catches a feature reaching another from a nested folder, not a sub-folder of its own', async () => {
    expect(await restricted('src/features/evidence/sub/probe.ts', importing('../../export/export-page'))).toHaveLength(1);
    expect(await restricted('src/features/evidence/sub/deeper/probe.ts', importing('../../../units'))).toHaveLength(1);
    expect(await restricted('src/features/evidence/a/b/c/d/probe.ts', importing('../../../../../units/units-page'))).toHaveLength(1);
    expect(await restricted('src/features/evidence/sub/probe.ts', importing('../../../features/units'))).toHaveLength(1);
    // `../units` from a sub-folder is evidence's own units/ folder; `../evidence-form` is evidence's own file.
    expect(await restricted('src/features/evidence/sub/probe.ts', importing('../units/list'))).toEqual([]);
    expect(await restricted('src/features/evidence/sub/probe.ts', importing('../evidence-form'))).toEqual([]);
  });

  it('lets nothing in the app import cli/', async () => {
    const importers: [string, string][] = [
      ['src/catalogue/probe.ts', '../cli/lib/cli'],
      ['src/domain/probe.ts', '../cli/lib/cli'],
      ['src/domain/portfolio-file/probe.ts', '../../cli/lib/cli'],
      ['src/samples/probe.ts', '../cli/lib/cli'],
      ['src/db/probe.ts', '../cli/lib/cli'],
      ['src/pdf/probe.ts', '../cli/lib/cli'],
      ['src/pdf/model/probe.ts', '../../cli/lib/cli'],
      ['src/ui/probe.ts', '../cli/lib/cli'],
      ['src/features/export/probe.ts', '../../cli/lib/cli'],
      ['src/app/probe.ts', '../cli/lib/cli'],
      ['src/main.tsx', './cli/lib/cli'],
    ];
    for (const [file, from] of importers) expect(await restricted(file, importing(from)), file).toHaveLength(1);
  });

  it('lets cli/ run on domain/, catalogue/, pdf/ and samples/ but not the app or the database', async () => {
    for (const from of ['../db', '../features/setup', '../ui/page-header', '../app/routes', 'react', 'dexie']) {
      expect(await restricted('src/cli/probe.ts', importing(from)), from).toHaveLength(1);
    }
    for (const from of ['../domain/hash', '../catalogue', '../pdf', '../samples/generate', './lib/cli', 'jspdf', 'node:fs']) {
      expect(await restricted('src/cli/probe.ts', importing(from)), from).toEqual([]);
    }
  });

  it('keeps samples/ for cli/, tests and the demo button (through import()) only', async () => {
    expect(await restricted('src/domain/probe.ts', importing('../samples/demo'))).toHaveLength(1);
    expect(await restricted('src/pdf/probe.ts', importing('../samples/jpeg'))).toHaveLength(1);
    expect(await restricted('src/db/probe.ts', importing('../samples/generate'))).toHaveLength(1);
    expect(await restricted('src/ui/probe.ts', importing('../samples/demo'))).toHaveLength(1);
    expect(await restricted('src/app/probe.ts', importing('../samples/demo'))).toHaveLength(1);
    // The demo button's folder may load it later, never at start-up; no other part of the app may load it at all.
    expect(await restricted('src/features/setup/probe.ts', importing('../../samples/demo-photos'))).toHaveLength(1);
    expect(await restricted('src/features/setup/probe.ts', importingLater('../../samples/demo-photos'))).toEqual([]);
    expect(await restricted('src/features/export/probe.ts', importingLater('../../samples/demo-photos'))).toHaveLength(1);
    expect(await restricted('src/app/probe.ts', importingLater('../samples/demo'))).toHaveLength(1);
    expect(await restricted('src/domain/probe.ts', importingLater('../samples/demo'))).toHaveLength(1);
    expect(await restricted('src/features/export/probe.ts', importingLater('../../pdf'))).toEqual([]);
    expect(await restricted('tests/unit/probe.ts', importing('../../src/samples/demo'))).toEqual([]);
  });

  it('lets samples/ build on domain/ and catalogue/ only', async () => {
    expect(await restricted('src/samples/probe.ts', importing('../domain/hash'))).toEqual([]);
    expect(await restricted('src/samples/probe.ts', importing('../catalogue'))).toEqual([]);
    expect(await restricted('src/samples/probe.ts', importing('../db'))).toHaveLength(1);
    expect(await restricted('src/samples/probe.ts', importing('../pdf'))).toHaveLength(1);
    expect(await restricted('src/samples/probe.ts', importing('react'))).toHaveLength(1);
  });

  it('keeps platform/ below db/, and the domain and catalogue free of it', async () => {
    expect(await restricted('src/domain/probe.ts', importing('../platform/clock'))).toHaveLength(1);
    expect(await restricted('src/catalogue/probe.ts', importing('../platform/clock'))).toHaveLength(1);
    expect(await restricted('src/platform/probe.ts', importing('../db'))).toHaveLength(1);
    expect(await restricted('src/platform/probe.ts', importing('../ui/page-header'))).toHaveLength(1);
    expect(await restricted('src/platform/probe.ts', importing('react'))).toHaveLength(1);
    expect(await restricted('src/db/probe.ts', importing('../platform/clock'))).toEqual([]);
  });

  it('keeps the PDF model free of jsPDF and of the renderer', async () => {
    expect(await restricted('src/pdf/model/probe.ts', "import { jsPDF } from 'jspdf';\nexport const a = jsPDF;\n")).toHaveLength(1);
    expect(await restricted('src/pdf/model/probe.ts', "import { autoTable } from 'jspdf-autotable';\nexport const a = autoTable;\n")).toHaveLength(1);
    expect(await restricted('src/pdf/model/probe.ts', "import { renderPdf } from '../render/render';\nexport const a = renderPdf;\n")).toHaveLength(1);
    expect(await restricted('src/pdf/model/probe.ts', "import { db } from '../../db';\nexport const a = db;\n")).toHaveLength(1);
    expect(await restricted('src/pdf/model/probe.ts', "import { plural } from './wording';\nexport const a = plural;\n")).toEqual([]);
    expect(await restricted('src/pdf/render/probe.ts', "import { jsPDF } from 'jspdf';\nexport const a = jsPDF;\n")).toEqual([]);
  });
});
