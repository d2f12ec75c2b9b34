import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db, FolioDatabase, listAudit, setDatabase, updatePortfolio } from '../../src/db';
import { importSnapshot } from '../../src/db/import';
import { buildDemoPortfolio } from '../../src/samples/demo-photos';

beforeEach(() => setDatabase(new FolioDatabase(`audit-${crypto.randomUUID()}`)));

const details = { learnerName: 'Zoë Brontë', learnerNumber: 'L1', centre: 'Centre', assessorName: 'A. Assessor', startDate: '2026-09-01' };

describe('audit entries for the writers that had none', () => {
  it('names the details that changed, and records nothing when nothing did', async () => {
    const p = await createPortfolio(details);
    await updatePortfolio(p.id, { ...details, centre: 'Harbour Lane', assessorName: 'Łucja Wiśniewska' });
    await updatePortfolio(p.id, { ...details, centre: 'Harbour Lane', assessorName: 'Łucja Wiśniewska' });
    const changes = (await listAudit(p.id)).filter((e) => e.action === 'portfolio details changed');
    expect(changes.map((e) => [e.role, e.name, e.detail])).toEqual([['learner', 'Zoë Brontë', 'Changed: centre or employer, assessor’s name']]);
  });

  it('records an import with who imported it (the device’s user) and how, in the same write as the file', async () => {
    const demo = await buildDemoPortfolio({ now: '2026-11-22T10:00:00.000Z', newId: () => crypto.randomUUID() });
    const { generateSigningKey } = await import('../../src/domain/signing');
    const key = await generateSigningKey();
    await db().identity.put({ id: 'device', role: 'assessor', name: 'Łucja Wiśniewska', privateKey: key.privateKey, fingerprint: key.fingerprint, createdAt: '2026-11-01T00:00:00.000Z' });
    const id = await importSnapshot(demo, 'new');
    const trail = await listAudit(id);
    expect(trail).toHaveLength(demo.audit.length + 1);
    const imported = trail.filter((e) => e.action === 'imported');
    expect(imported.map((e) => [e.role, e.name, e.detail])).toEqual([['assessor', 'Łucja Wiśniewska', 'A portfolio file imported as a new portfolio']]);
  });

  it('falls back to the file’s learner when the device has no user yet', async () => {
    const demo = await buildDemoPortfolio({ now: '2026-11-22T10:00:00.000Z', newId: () => crypto.randomUUID() });
    const id = await importSnapshot(demo, 'new');
    const imported = (await listAudit(id)).find((e) => e.action === 'imported');
    expect([imported?.role, imported?.name]).toEqual(['learner', 'Zoë Brontë']);
  });
});
