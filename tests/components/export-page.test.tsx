import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPortfolio, writeSnapshot } from '../../src/db';
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
  return user;
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

  it('reminds the learner to take customers’ personal details out before anything leaves the device', async () => {
    const portfolio = await createPortfolio(zoe);
    await openExportPage(portfolio.id);
    const reminder = await screen.findByRole('region', { name: 'Take customers’ personal details out first' });
    expect(reminder).toHaveTextContent(/names, email addresses, phone numbers and home addresses/);
    expect(reminder).toHaveTextContent('Folio does not remove them for you.');
  });

  it('sends the chosen units and the attachment choice, and insists on at least one unit', async () => {
    InProcessWorker.render = async (_request, onProgress) => {
      onProgress(20, 20);
      return new TextEncoder().encode('%PDF-1.3 <</Type /Pages /Count 9>>');
    };
    const demo = await storeDemo();
    const user = await openExportPage(demo.portfolio.id);
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

  it('shows progress, and Cancel stops the worker with nothing saved', async () => {
    InProcessWorker.render = (_request, onProgress) => {
      onProgress(11, 20);
      return new Promise(() => undefined);
    };
    const demo = await storeDemo();
    const user = await openExportPage(demo.portfolio.id);
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
    const user = await openExportPage(demo.portfolio.id);
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
    const user = await openExportPage(demo.portfolio.id);
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
});
