import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../src/catalogue';
import type { Cohort } from '../../src/domain/cohort/cohort';
import { makeCohortPdf } from '../../src/features/cohort/cohort-pdf';
import { makeIqaPdf } from '../../src/features/iqa/iqa-pdf';
import { fontUrls } from '../../src/pdf/render/font-urls';
import { COHORT_NOW, testCohort } from './cohort-fixtures';
import { iqaInput } from './iqa-pdf-fixtures';
import { pagesText, squash, writeTemp } from './pdf-helpers';

/** The app fetches the fonts by the URLs Vite gives them; here those URLs are answered from node_modules. */
const requested: string[] = [];
function serveFonts() {
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    // Vite serves node_modules from the project's root: "/node_modules/dejavu-fonts-ttf/…".
    return new Response(readFileSync(join(process.cwd(), url)));
  });
}

let cohort: Cohort;
beforeAll(async () => {
  cohort = (await testCohort(3)).cohort;
}, 60_000);
afterEach(() => vi.unstubAllGlobals());

describe('the app’s PDF downloads', { timeout: 60_000 }, () => {
  it('makeCohortPdf and makeIqaPdf load the renderer and the fonts when asked, fetching the fonts once', async () => {
    serveFonts();
    const cohortPdf = await makeCohortPdf({ catalogue, cohort, generatedAt: COHORT_NOW });
    expect(squash(pagesText(writeTemp(cohortPdf))[0] ?? '')).toContain('The gaps learners share');
    const iqaPdf = await makeIqaPdf(iqaInput());
    expect(squash(pagesText(writeTemp(iqaPdf))[0] ?? '')).toContain('Internal quality assurance: sampling record');
    expect(requested.sort()).toEqual([fontUrls.bold, fontUrls.regular].sort());
  });
});
