import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { fileNameStem } from '../../src/domain/file-name-stem';
import { generateCohort } from '../../src/samples/cohort';
import { expectNoAxeViolations } from './support/axe';
import { CohortLoadPage } from './support/pages/cohort-load-page';
import { testTempDir } from './support/temp-dir';
import { describe, expect, test } from './support/test';

const NOW = '2026-11-22T09:00:00.000Z';

/** The 30 generated learners' files, as `npm run demo -- --cohort 30` writes them, and one corrupt file. */
async function cohortFiles(dir: string): Promise<{ files: string[]; names: string[] }> {
  const cohort = await generateCohort({ learners: 30, seed: 42, now: NOW });
  const files: string[] = [];
  for (const [i, snapshot] of cohort.entries()) {
    const path = join(dir, `${String(i + 1).padStart(2, '0')}-${fileNameStem(snapshot.portfolio.learnerName)}.folio`);
    await writeFile(path, await encodeFolio(snapshot, { appVersion: 'e2e', now: NOW }));
    files.push(path);
  }
  // A real file cut short, as a broken download leaves it.
  const first = cohort[0];
  if (!first) throw new Error('The generator made no learners');
  const whole = await encodeFolio(first, { appVersion: 'e2e', now: NOW });
  const corrupt = join(dir, 'broken-download.folio');
  await writeFile(corrupt, whole.slice(0, Math.floor(whole.length / 2)));
  files.splice(15, 0, corrupt);
  return { files, names: cohort.map((s) => s.portfolio.learnerName) };
}

describe('loading a cohort', () => {
  test('30 learners and a corrupt file: 30 loaded, 1 refused with its reason; again: up to date; remove one after confirming', { timeout: 240_000 }, async ({ page }) => {
    const dir = await testTempDir();
    const { files, names } = await cohortFiles(dir);
    const load = new CohortLoadPage(page);
    await load.goto();
    await expectNoAxeViolations(page, 'the load page, empty');

    await load.choose(files);
    await page.getByText(/^31 files chosen, .+ in all\./).waitFor();
    await expectNoAxeViolations(page, 'the load page with files chosen');
    await page.getByLabel('Group (optional)').fill('2026 September intake');
    await page.getByRole('button', { name: 'Load 31 files' }).click();
    const summary = await load.waitForSummary(120_000);
    expect(summary).toBe('31 files: 30 loaded, 1 refused.');
    const results = await load.results();
    expect(results).toHaveLength(31);
    expect(results[15]).toMatch(/^Refused: broken-download\.folio — .+/);
    expect(results.filter((r) => r.startsWith('Loaded: '))).toHaveLength(30);
    expect(results[0]).toContain(`${names[0]}’s portfolio is now on this device.`);
    await expectNoAxeViolations(page, 'the load page with its results');

    const group = load.group('2026 September intake');
    await group.waitFor();
    expect(await group.getByRole('listitem').count()).toBe(30);
    expect(await page.getByRole('link', { name: 'See the cohort' }).getAttribute('href')).toBe('/cohort');

    // The same files again: nothing new in any of them.
    await page.getByRole('button', { name: 'Load more files' }).click();
    const again = await load.load(files.filter((f) => !f.endsWith('broken-download.folio')));
    expect(again).toBe('30 files: 30 already up to date.');

    const removed = names[3] ?? '';
    await load.removeLearner(removed);
    await page.getByRole('status').filter({ hasText: `Removed 1 learner from this device: ${removed}.` }).waitFor();
    expect(await group.getByRole('listitem').count()).toBe(29);
    expect(await page.getByRole('button', { name: `Remove ${removed}` }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the load page after a removal');

    // Dropped together: the removed learner comes back, and the broken file is refused again.
    const dropped = [files[3], files[15]].filter((f): f is string => f !== undefined);
    expect(dropped[1]).toMatch(/broken-download\.folio$/);
    await load.drop(await Promise.all(dropped.map(async (path) => ({ name: basename(path), mimeType: 'application/octet-stream', buffer: await readFile(path) }))));
    await page.getByRole('button', { name: 'Load 2 files' }).click();
    expect(await load.waitForSummary()).toBe('2 files: 1 loaded, 1 refused.');
    expect((await load.results())[0]).toContain(`${removed}’s portfolio is now on this device.`);
  });
});
