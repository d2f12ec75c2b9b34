import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of GUIDE §7 live in eslint.config.js; this holds them to their word.
const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

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

  it('keeps the PDF model free of jsPDF and of the renderer', async () => {
    expect(await restricted('src/pdf/model/probe.ts', "import { jsPDF } from 'jspdf';\nexport const a = jsPDF;\n")).toHaveLength(1);
    expect(await restricted('src/pdf/model/probe.ts', "import { autoTable } from 'jspdf-autotable';\nexport const a = autoTable;\n")).toHaveLength(1);
    expect(await restricted('src/pdf/model/probe.ts', "import { renderPdf } from '../render/render';\nexport const a = renderPdf;\n")).toHaveLength(1);
    expect(await restricted('src/pdf/model/probe.ts', "import { db } from '../../db';\nexport const a = db;\n")).toHaveLength(1);
    expect(await restricted('src/pdf/model/probe.ts', "import { plural } from './wording';\nexport const a = plural;\n")).toEqual([]);
    expect(await restricted('src/pdf/render/probe.ts', "import { jsPDF } from 'jspdf';\nexport const a = jsPDF;\n")).toEqual([]);
  });
});
