import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPortfolio, db, lastSentAt, readSnapshot, writeSnapshot } from '../../src/db';
import { setPeopleToRedact } from '../../src/db/people-to-redact';
import { versionHashes } from '../../src/domain/evidence-hash';
import { distinctPersonalValues, leaks, PERSONAL, personalSnapshot } from '../unit/privacy-fixtures';
import { signerIdOf } from '../../src/domain/signers';
import { generateSigningKey } from '../../src/domain/signing';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { decodeFolio } from '../../src/domain/portfolio-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { isRenderRequest, type RenderRequest } from '../../src/features/export/pdf-protocol';
import { handleRenderRequest, type RenderFn } from '../../src/features/export/pdf-worker-handler';
import { StandInWorker } from './support/in-process-worker';
import { freshDatabase, renderAt } from './support/render-app';

/** The PDF maker, run on this thread with whatever renderer the test gives it. */
class InProcessWorker extends StandInWorker<RenderRequest> {
  static render: RenderFn = () => new Promise(() => undefined);
  static created: InProcessWorker[] = [];

  constructor(url: URL | string, options?: WorkerOptions) {
    super(url, options);
    InProcessWorker.created.push(this);
  }

  protected isRequest(message: unknown): message is RenderRequest {
    return isRenderRequest(message);
  }

  protected handle(request: RenderRequest, reply: (data: unknown) => void): void {
    void handleRenderRequest(request, InProcessWorker.render, reply);
  }
}

const realRenderer: RenderFn = async ({ snapshot, options }, onProgress) => {
  const [{ renderPortfolioPdf }, { loadFontNode }] = await Promise.all([import('../../src/pdf'), import('../../src/pdf/render/font-node')]);
  return renderPortfolioPdf(snapshot, options, { font: await loadFontNode(), onProgress });
};

let downloads: Blob[] = [];
/** The download links the page clicked: jsdom cannot follow them, so the click is recorded instead. */
let clicked: { href: string; download: string }[] = [];

beforeEach(() => {
  freshDatabase();
  InProcessWorker.created = [];
  vi.stubGlobal('Worker', InProcessWorker);
  downloads = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    if (!(blob instanceof Blob)) throw new Error('expected a Blob');
    downloads.push(blob);
    return `blob:folio/${downloads.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  clicked = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The demo portfolio without attachments: in jsdom a stored Blob comes back empty (GUIDE §9). */
async function storeDemo(): Promise<PortfolioSnapshot> {
  const snapshot = { ...(await buildDemoSnapshot({ now: new Date().toISOString(), newId: () => crypto.randomUUID() })), attachments: [] };
  await writeSnapshot(snapshot, { replace: false });
  return snapshot;
}

async function openExportPage(portfolioId: string) {
  const { user } = renderAt(`/p/${portfolioId}/export`);
  await screen.findByRole('heading', { level: 1, name: 'Export' });
  // A learner's export waits for the privacy check; it has run once it says what it found.
  await screen.findByText(/^Folio found /);
  return user;
}

/**
 * The demo plants made-up customers' details in three items (src/samples/demo.ts), so its export waits
 * for a choice on each: tests about other parts of the page keep them all as written.
 */
async function openDemoExport(portfolioId: string) {
  const user = await openExportPage(portfolioId);
  await user.click(screen.getByRole('button', { name: 'Keep all as mine' }));
  await user.click(within(await screen.findByRole('alertdialog', { name: 'Keep all of it as yours?' })).getByRole('button', { name: 'Keep all as mine' }));
  await screen.findByText('Every piece of personal data has a choice. You can export.');
  return user;
}

const privacyPart = () => within(screen.getByRole('region', { name: 'Customers’ personal data' }));

/**
 * A portfolio full of customers' details (tests/unit/privacy-fixtures.ts), stored without the attachment
 * named after a customer (in jsdom a stored Blob comes back empty, GUIDE §9): two values fewer, the two
 * only its name holds.
 */
const STORED_VALUES = distinctPersonalValues() - 2;
async function storePersonal(): Promise<PortfolioSnapshot> {
  const snapshot = await personalSnapshot();
  const stored = { ...snapshot, attachments: [], versions: snapshot.versions.map((v) => ({ ...v, attachments: v.attachments.filter((a) => a.id !== 'att-personal') })) };
  // Its versions' hashes then no longer match: recompute them the way a save would.
  const versions = await Promise.all(stored.versions.map(async (v) => ({ ...v, ...(await versionHashes(v.content, v.attachments.map((a) => a.sha256), v.mappings)) })));
  const ready = { ...stored, versions };
  await writeSnapshot(ready, { replace: false });
  await setPeopleToRedact(ready.portfolio.id, [...PERSONAL.names]);
  return ready;
}

function pdfTextOf(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'folio-export-privacy-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pdfPart = () => within(screen.getByRole('region', { name: 'PDF for your assessor' }));
const folioPart = () => within(screen.getByRole('region', { name: 'Portfolio file (.folio)' }));

/** A learner with an empty portfolio: the export page's warnings and reminders apply at once. */
const zoe = {
  learnerName: 'Zoë Brontë',
  learnerNumber: 'L-0001',
  centre: 'Harbour Building Society',
  assessorName: 'Sam Patel',
  startDate: '2026-09-01',
};

describe('Export page', () => {
  it('warns that an empty portfolio is empty, and still makes its PDF in the worker', async () => {
    InProcessWorker.render = realRenderer;
    const portfolio = await createPortfolio(zoe);
    const user = await openExportPage(portfolio.id);
    expect(await screen.findByText(/This portfolio has no evidence yet/)).toBeInTheDocument();

    await user.click(pdfPart().getByRole('button', { name: 'Create PDF' }));
    const ready = await pdfPart().findByText(/^PDF ready: \d+ pages?, [\d.]+ KB \(/, {}, { timeout: 20_000 });
    expect(ready).toHaveAttribute('role', 'status');

    const worker = InProcessWorker.created[0];
    expect(String(worker?.url)).toMatch(/\/src\/features\/export\/pdf-worker\.ts/);
    expect(worker?.options).toMatchObject({ type: 'module' });
    expect(worker?.requests[0]?.options).toMatchObject({ includeAttachments: true, unitIds: undefined });

    expect(downloads).toHaveLength(1);
    const pdf = downloads[0];
    expect(pdf?.type).toBe('application/pdf');
    expect(new TextDecoder().decode((await bytesOf(pdf ?? new Blob())).subarray(0, 5))).toBe('%PDF-');
    const again = pdfPart().getByRole('link', { name: 'Download the PDF again' });
    expect(again).toHaveAttribute('href', 'blob:folio/1');
    expect(again.getAttribute('download')).toMatch(/^zoë-brontë-portfolio-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(clicked).toEqual([{ href: 'blob:folio/1', download: again.getAttribute('download') }]);
  }, 30_000);

  it('checks a learner’s portfolio for customers’ personal data before export, and says when there is none', async () => {
    const portfolio = await createPortfolio(zoe);
    await openExportPage(portfolio.id);
    expect(privacyPart().getByRole('status')).toHaveTextContent('Folio found no customers’ personal data. You can export.');
    expect(privacyPart().getByRole('link', { name: '“people to redact” list' })).toHaveAttribute('href', `/p/${portfolio.id}/settings`);
    expect(pdfPart().getByRole('button', { name: 'Create PDF' })).toBeEnabled();
    expect(folioPart().getByRole('button', { name: 'Download the portfolio file' })).toBeEnabled();
  });

  it('lists what it found item by item, and holds both exports until every piece has a choice', async () => {
    const stored = await storePersonal();
    const user = await openExportPage(stored.portfolio.id);
    const review = privacyPart();
    expect(review.getByText((_, el) => el?.tagName === 'P' && new RegExp(`^Folio found ${STORED_VALUES} pieces of personal data in 4 items\\. For each, choose Redact`).test(el.textContent ?? ''))).toBeInTheDocument();
    expect(review.getByRole('heading', { level: 3, name: /^E001 · Call with Olivia Marsh/ })).toBeInTheDocument();
    const email = review.getByRole('group', { name: `an email address (${PERSONAL.emails[0]}) in The situation, a tag and a comment by Łucja Wiśniewska` });
    expect(review.getByRole('group', { name: 'a payment card number (ending 0004) in an older version' })).toBeInTheDocument();
    expect(review.getAllByRole('group', { name: /in the audit trail$/ })).toHaveLength(3);

    const create = pdfPart().getByRole('button', { name: 'Create PDF' });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription(new RegExp(`Choose Redact or Keep for each piece of personal data Folio found first \\(${STORED_VALUES} still to choose`));
    expect(folioPart().getByRole('button', { name: 'Download the portfolio file' })).toBeDisabled();

    // One choice per value: keeping the email in E001 keeps it in the audit trail too.
    await user.click(within(email).getByLabelText('Not a customer’s (keep)'));
    await waitFor(() => expect(within(review.getAllByRole('group', { name: `an email address (${PERSONAL.emails[0]}) in the audit trail` })[0] ?? email).getByLabelText('Not a customer’s (keep)')).toBeChecked());
    expect(await review.findByText(`${STORED_VALUES - 1} pieces of personal data still to choose for.`)).toBeInTheDocument();
    expect(await db().portfolioLocal.get(stored.portfolio.id)).toMatchObject({ privacyChoices: { [`email:${PERSONAL.emails[0]}`]: 'keep' } });
  });

  it('“Keep all as mine” asks first; “Redact all” then makes a PDF and a .folio with none of it, and the stored evidence keeps it', async () => {
    InProcessWorker.render = realRenderer;
    const stored = await storePersonal();
    const user = await openExportPage(stored.portfolio.id);
    await user.click(privacyPart().getByRole('button', { name: 'Keep all as mine' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Keep all of it as yours?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(pdfPart().getByRole('button', { name: 'Create PDF' })).toBeDisabled();

    await user.click(privacyPart().getByRole('button', { name: 'Redact all' }));
    expect(await privacyPart().findByText('Every piece of personal data has a choice. You can export.')).toBeInTheDocument();
    await user.click(pdfPart().getByRole('button', { name: 'Create PDF' }));
    await waitFor(() => expect(pdfPart().getByRole('status')).toHaveTextContent(new RegExp(`^PDF ready \\(redacted: ${STORED_VALUES} pieces of personal data masked\\): \\d+ pages`)), { timeout: 30_000 });
    const pdf = pdfTextOf(await bytesOf(downloads[0] ?? new Blob()));
    expect(leaks(pdf)).toEqual([]);
    expect(pdf).toContain('[email removed]');
    expect(pdf.replace(/\s+/g, ' ')).toContain(`${STORED_VALUES} pieces of personal data Folio found are masked in this copy`);

    await user.click(folioPart().getByRole('button', { name: 'Download the portfolio file' }));
    await waitFor(() => expect(folioPart().getByRole('status')).toHaveTextContent(new RegExp(`^Portfolio file ready \\(redacted: ${STORED_VALUES} pieces of personal data masked\\)`)));
    const file = await bytesOf(downloads[1] ?? new Blob());
    const decoded = await decodeFolio(file);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.redacted).toBe(true);
    expect(leaks(strFromU8(unzipSync(file)['portfolio.json'] ?? new Uint8Array()))).toEqual([]);
    // The people list and the choices never travel.
    expect(strFromU8(unzipSync(file)['portfolio.json'] ?? new Uint8Array())).not.toMatch(/privacyChoices|peopleToRedact/);

    const after = await readSnapshot(stored.portfolio.id);
    expect(after?.evidence).toEqual(stored.evidence);
    expect(leaks(JSON.stringify(after?.versions)).length).toBeGreaterThan(0);
  }, 60_000);

  it('sends as written what the learner confirmed is theirs, and the declaration says so', async () => {
    InProcessWorker.render = async () => new TextEncoder().encode('%PDF-1.3 <</Type /Pages /Count 2>>');
    const stored = await storePersonal();
    const user = await openExportPage(stored.portfolio.id);
    await user.click(privacyPart().getByRole('button', { name: 'Keep all as mine' }));
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Keep all of it as yours?' })).getByRole('button', { name: 'Keep all as mine' }));
    await user.click(await pdfPart().findByRole('button', { name: 'Create PDF' }));
    expect(await pdfPart().findByText(/^PDF ready: 2 pages/)).toBeInTheDocument();
    const request = InProcessWorker.created[0]?.requests[0];
    expect(request?.options.privacy).toEqual({ masked: 0, confirmedNotCustomers: STORED_VALUES });
    expect(leaks(JSON.stringify(request?.snapshot.evidence)).length).toBeGreaterThan(0);
  });

  it('an assessor’s export of a learner’s portfolio is not held by the learner’s check', async () => {
    const stored = await storePersonal();
    const key = await generateSigningKey();
    await db().identity.put({ id: 'device', role: 'assessor', name: 'Sam Patel', privateKey: key.privateKey, fingerprint: key.fingerprint, createdAt: stored.portfolio.createdAt });
    renderAt(`/p/${stored.portfolio.id}/export`);
    await screen.findByRole('heading', { level: 1, name: 'Export' });
    await waitFor(() => expect(folioPart().getByRole('button', { name: 'Download the portfolio file' })).toBeEnabled());
    expect(screen.queryByRole('region', { name: 'Customers’ personal data' })).not.toBeInTheDocument();
  });

  it('sends the chosen units and the attachment choice, and insists on at least one unit', async () => {
    InProcessWorker.render = async (_request, onProgress) => {
      onProgress(20, 20);
      return new TextEncoder().encode('%PDF-1.3 <</Type /Pages /Count 9>>');
    };
    const demo = await storeDemo();
    const user = await openDemoExport(demo.portfolio.id);
    expect(await screen.findByText('This portfolio holds 20 evidence items.')).toBeInTheDocument();

    await user.click(pdfPart().getByLabelText('Only the units I choose'));
    const units = within(pdfPart().getByRole('group', { name: 'Units' }));
    for (const box of units.getAllByRole('checkbox')) await user.click(box);
    await user.click(pdfPart().getByRole('button', { name: 'Create PDF' }));
    expect(await pdfPart().findByRole('alert')).toHaveTextContent('Choose at least one unit, or choose the whole portfolio');
    expect(InProcessWorker.created).toHaveLength(0);

    await user.click(units.getByLabelText('Unit 4: Manage customer relations'));
    await user.click(units.getByLabelText('Unit 2: Principles of customer service'));
    await user.click(pdfPart().getByLabelText('Leave attachments out (a smaller PDF)'));
    expect(pdfPart().queryByRole('alert')).not.toBeInTheDocument();
    await user.click(pdfPart().getByRole('button', { name: 'Create PDF' }));

    expect(await pdfPart().findByText(/^PDF ready: 9 pages,/)).toBeInTheDocument();
    expect(InProcessWorker.created[0]?.requests[0]?.options).toMatchObject({ unitIds: ['PRN', 'REL'], includeAttachments: false });
    expect(InProcessWorker.created[0]?.requests[0]?.snapshot.portfolio.id).toBe(demo.portfolio.id);
  });

  it('sends the audit-trail choice, and the signatures as this device checked them, to the PDF maker', async () => {
    InProcessWorker.render = async () => new TextEncoder().encode('%PDF-1.3 <</Type /Pages /Count 3>>');
    const demo = await storeDemo();
    // The demo assessor's key, confirmed here as if from their key card.
    await db().keys.update(demo.keys[0]!.fingerprint, { confirmed: 'key-card' });
    const user = await openDemoExport(demo.portfolio.id);
    const audit = pdfPart().getByRole('checkbox', { name: /Add the audit trail as an appendix/ });
    expect(audit).not.toBeChecked();
    await user.click(audit);
    await user.click(pdfPart().getByRole('button', { name: 'Create PDF' }));
    expect(await pdfPart().findByText(/^PDF ready: 3 pages,/)).toBeInTheDocument();
    const options = InProcessWorker.created[0]?.requests[0]?.options;
    expect(options?.includeAudit).toBe(true);
    const statuses = demo.decisions.map((d) => options?.signatures?.get(d.id)?.status);
    expect(statuses).toEqual(demo.decisions.map(() => 'confirmed'));
  });

  it('shows progress, and Cancel stops the worker with nothing saved', async () => {
    InProcessWorker.render = (_request, onProgress) => {
      onProgress(11, 20);
      return new Promise(() => undefined);
    };
    const demo = await storeDemo();
    const user = await openDemoExport(demo.portfolio.id);
    await user.click(pdfPart().getByRole('button', { name: 'Create PDF' }));

    expect(await pdfPart().findByRole('progressbar', { name: 'Rendering evidence 12 of 20' })).toHaveAttribute('value', '11');
    expect(pdfPart().getByRole('button', { name: 'Create PDF' })).toBeDisabled();
    const cancel = pdfPart().getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    await user.click(cancel);

    expect(await pdfPart().findByText('Cancelled — nothing was saved.')).toBeInTheDocument();
    expect(InProcessWorker.created[0]?.terminated).toBe(true);
    expect(clicked).toHaveLength(0);
    expect(pdfPart().queryByRole('progressbar')).not.toBeInTheDocument();
    expect(pdfPart().getByRole('button', { name: 'Create PDF' })).toBeEnabled();
    expect(downloads).toHaveLength(0);
  });

  it('shows a render failure next to the button, and can try again', async () => {
    InProcessWorker.render = async () => {
      throw new Error('The image of E004 could not be read');
    };
    const demo = await storeDemo();
    const user = await openDemoExport(demo.portfolio.id);
    await user.click(pdfPart().getByRole('button', { name: 'Create PDF' }));
    expect(await pdfPart().findByRole('alert')).toHaveTextContent('The PDF could not be made: The image of E004 could not be read. Nothing was saved.');
    expect(downloads).toHaveLength(0);

    InProcessWorker.render = async () => new TextEncoder().encode('%PDF-1.3 <</Type /Pages /Count 1>>');
    await user.click(pdfPart().getByRole('button', { name: 'Create PDF' }));
    expect(await pdfPart().findByText(/^PDF ready: 1 page,/)).toBeInTheDocument();
    // The worker that reported the failure was still sound, so it did the second export too.
    expect(InProcessWorker.created).toHaveLength(1);
  });

  it('downloads the whole portfolio as a .folio file that reads back', async () => {
    const demo = await storeDemo();
    const user = await openDemoExport(demo.portfolio.id);
    expect(folioPart().getByText(/move your portfolio to another device, to send it to your assessor, or to keep a backup/)).toBeInTheDocument();
    await user.click(folioPart().getByRole('button', { name: 'Download the portfolio file' }));

    const ready = await folioPart().findByRole('status');
    expect(ready).toHaveTextContent(/^Portfolio file ready: [\d.]+ KB \(/);
    const again = folioPart().getByRole('link', { name: 'Download the portfolio file again' });
    expect(again.getAttribute('download')).toMatch(new RegExp(`^${demo.portfolio.learnerName.toLowerCase().replace(/ /g, '-')}-\\d{4}-\\d{2}-\\d{2}\\.folio$`));

    expect(clicked).toEqual([{ href: 'blob:folio/1', download: again.getAttribute('download') }]);
    const decoded = await decodeFolio(await bytesOf(downloads[0] ?? new Blob()));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.snapshot.portfolio).toEqual(demo.portfolio);
    expect(decoded.snapshot.evidence).toHaveLength(demo.evidence.length);
    expect(decoded.manifest.appVersion).toBe('0.1.0');
  });

  it('signs the learner’s declaration into the file and notes when the portfolio was last sent', async () => {
    const demo = await storeDemo();
    const key = await generateSigningKey();
    const me = { role: 'learner' as const, name: demo.portfolio.learnerName };
    await db().identity.put({ id: 'device', ...me, privateKey: key.privateKey, fingerprint: key.fingerprint, createdAt: demo.portfolio.createdAt });
    await db().keys.put({ fingerprint: key.fingerprint, publicKey: key.publicKey, signer: me, createdAt: demo.portfolio.createdAt, signerId: signerIdOf(me), firstSeenAt: demo.portfolio.createdAt, confirmed: 'own' });
    expect(await lastSentAt(demo.portfolio.id)).toBeUndefined();
    const before = new Date().toISOString();

    const user = await openDemoExport(demo.portfolio.id);
    await user.click(folioPart().getByRole('button', { name: 'Download the portfolio file' }));
    await folioPart().findByRole('status');
    const decoded = await decodeFolio(await bytesOf(downloads[0] ?? new Blob()));
    if (!decoded.ok) throw new Error(decoded.error.message);
    const declarations = decoded.snapshot.records.filter((r) => r.type === 'declaration');
    expect(declarations).toHaveLength(1);
    expect(declarations[0]?.by).toEqual(me);
    expect(declarations[0]?.signature?.keyFingerprint).toBe(key.fingerprint);
    expect(decoded.snapshot.keys.map((k) => k.fingerprint)).toContain(key.fingerprint);
    const sent = await lastSentAt(demo.portfolio.id);
    expect(sent !== undefined && sent >= before).toBe(true);
  });
});
