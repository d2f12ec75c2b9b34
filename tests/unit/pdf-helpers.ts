import { withVersions, type UnversionedEvidence } from '../../src/samples/with-versions';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { emptyFields, type EvidenceKindId } from '../../src/domain/evidence-kinds';
import { sha256Hex } from '../../src/domain/hash';
import { encodeJpeg } from '../../src/samples/jpeg';
import { encodePng } from '../../src/samples/png';
import { decisionId, formatRef, mappingId } from '../../src/domain/references';
import type { Decision, Evidence, Mapping, Portfolio } from '../../src/domain/schemas';
import type { AttachmentWithBytes, PortfolioSnapshot } from '../../src/domain/snapshot';
import { renderPortfolioPdf, type PdfOptions, type RenderDeps } from '../../src/pdf';
import { loadFontNode } from '../../src/pdf/render/font-node';

export const NOW = '2026-11-22T14:05:00.000Z';

/** Names and punctuation a UK learner may type, which a Latin-1 font would mangle. */
export const UNICODE_SAMPLES = [
  'Zoë Brontë',
  'Łucja Wiśniewska',
  'Ștefan Dumitrescu',
  '“curly quotes”',
  'it’s',
  'en – dash',
  'em — dash',
  '£45.00',
  '€12',
  '• bullet',
  'arrow →',
];

/** An RGB picture split in two halves: left red, right blue (so a turn shows where they went). */
export function halves(width: number, height: number): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const left = x < width / 2;
      rgb[i] = left ? 220 : 20;
      rgb[i + 1] = 20;
      rgb[i + 2] = left ? 20 : 220;
    }
  }
  return rgb;
}

export const redBluePng = (w = 60, h = 30) => encodePng(w, h, halves(w, h));
export const redBlueJpeg = (w = 64, h = 32, orientation?: number) => encodeJpeg(w, h, halves(w, h), { quality: 90, orientation });

/** Inserts an APP1 Exif segment (little-endian TIFF, as many cameras write) right after a JPEG's SOI. */
export function withExifLittleEndian(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = [0x49, 0x49, 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0];
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = payload.length + 2;
  const segment = [0xff, 0xe1, length >> 8, length & 0xff, ...payload];
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}

interface ItemSpec {
  title: string;
  kind: EvidenceKindId;
  date: string;
  fields?: Record<string, string>;
  reflection?: string;
  tags?: string[];
  maps?: Record<string, string>;
  version?: number;
  files?: { name: string; type: string; bytes: Uint8Array }[];
}

export interface TestPortfolio {
  snapshot: PortfolioSnapshot;
  evidence: Evidence[];
}

/** Builds a snapshot from short item descriptions; ids are predictable ("ev-1", "att-1-1"). */
export async function buildSnapshot(items: ItemSpec[], decisions: Omit<Decision, 'id' | 'portfolioId'>[] = []): Promise<TestPortfolio> {
  const portfolioId = 'pf-1';
  const portfolio: Portfolio = {
    id: portfolioId,
    learnerName: 'Zoë Brontë',
    learnerNumber: 'CS3-000042',
    centre: 'Harbour Lane Building Society — Leeds',
    assessorName: 'Łucja Wiśniewska',
    startDate: '2026-03-02',
    qualificationId: catalogue.id,
    nextEvidenceNumber: items.length + 1,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: NOW,
  };
  const items0: UnversionedEvidence[] = [];
  const mappings: Mapping[] = [];
  const attachments: AttachmentWithBytes[] = [];
  for (const [i, spec] of items.entries()) {
    const n = i + 1;
    const e: UnversionedEvidence = {
      id: `ev-${n}`,
      portfolioId,
      number: n,
      ref: formatRef(n),
      title: spec.title,
      kind: spec.kind,
      date: spec.date,
      customerType: 'external',
      fields: { ...emptyFields(spec.kind), ...spec.fields },
      reflection: spec.reflection ?? '',
      tags: spec.tags ?? [],
      version: spec.version ?? 1,
      createdAt: `${spec.date}T10:00:00.000Z`,
      updatedAt: `${spec.date}T10:00:00.000Z`,
    };
    items0.push(e);
    for (const [point, rationale] of Object.entries(spec.maps ?? {})) {
      mappings.push({ id: mappingId(e.id, point), portfolioId, evidenceId: e.id, markingPointId: point, rationale, createdAt: e.createdAt, updatedAt: e.updatedAt });
    }
    for (const [j, f] of (spec.files ?? []).entries()) {
      attachments.push({
        id: `att-${n}-${j + 1}`,
        portfolioId,
        evidenceId: e.id,
        name: f.name,
        type: f.type,
        size: f.bytes.length,
        sha256: await sha256Hex(f.bytes),
        createdAt: `${spec.date}T10:0${j}:00.000Z`,
        bytes: f.bytes,
      });
    }
  }
  const { evidence, versions } = await withVersions(portfolio.learnerName, items0, mappings, attachments);
  return {
    snapshot: {
      portfolio,
      evidence,
      mappings,
      versions,
      decisions: decisions.map((d) => ({ ...d, id: decisionId(portfolioId, d.markingPointId), portfolioId })),
      records: [],
      attachments,
      audit: [],
      keys: [],
    },
    evidence,
  };
}

/** A long paragraph of plain words, for wrapping and page-break tests. */
export function longText(words: number): string {
  const vocab = ['customer', 'service', 'complaint', 'resolved', 'within', 'timescale', 'policy', 'feedback', 'Łucja', 'Zoë', '£20', '→', 'team'];
  return Array.from({ length: words }, (_, i) => vocab[(i * 7) % vocab.length]).join(' ');
}

/** A portfolio that exercises most of the renderer: every status, attachments, Unicode, long text. */
export async function richPortfolio(): Promise<TestPortfolio> {
  return buildSnapshot(
    [
      {
        title: 'Formal complaint: “late refund” – resolved in 3 days',
        kind: 'complaint',
        date: '2026-04-14',
        fields: {
          receivedDate: '2026-04-10',
          channel: 'Email',
          classification: 'Formal',
          summary: 'Customer Ștefan Dumitrescu was refunded £45.00 (€52) a week late — he asked us to explain why.',
          investigation: longText(1400),
          resolution: 'Refund sent • apology letter → customer',
          resolvedDate: '2026-04-17',
        },
        reflection: 'I followed the complaints procedure step by step.',
        tags: ['Complaints policy', 'Consumer Rights Act 2015'],
        maps: { 'EXT-3': 'Shows every stage: acknowledged, investigated, resolved, improved.', 'REL-4': 'Followed our complaints procedure.' },
      },
      {
        title: 'Photos of the queue board',
        kind: 'other',
        date: '2026-05-02',
        fields: { description: 'Photos of the board where we show waiting times.' },
        reflection: `Everything a learner might type: ${UNICODE_SAMPLES.join(', ')}.`,
        maps: { 'EXT-2': 'The board shows our 20-minute waiting time standard.' },
        files: [
          { name: 'board.png', type: 'image/png', bytes: redBluePng() },
          { name: 'board-sideways.jpg', type: 'image/jpeg', bytes: redBlueJpeg(64, 32, 6) },
          { name: 'minutes.pdf', type: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4 not really a pdf') },
          { name: 'broken.png', type: 'image/png', bytes: new Uint8Array([1, 2, 3, 4, 5]) },
        ],
      },
      {
        title: 'Witness testimony from my manager',
        kind: 'witness-testimony',
        date: '2026-06-20',
        fields: { witnessName: 'Ștefan Dumitrescu', witnessRole: 'Branch manager', statement: 'Zoë handles complaints calmly and on time.' },
        reflection: 'Unsupported characters: 漢字 and 😀 must not turn into garbage.',
        maps: { 'REL-5': 'My manager describes how I build working relationships.' },
        version: 2,
      },
      { title: 'Notes not yet mapped', kind: 'reflective-account', date: '2026-07-01', fields: { situation: 'A quiet week.', actions: 'Read the policy.' } },
    ],
    [
      { markingPointId: 'EXT-3', outcome: 'met', feedback: 'Clear and complete — well done.', methods: ['product-evidence'], assessor: { role: 'assessor', name: 'Łucja Wiśniewska' }, decidedAt: '2026-05-01T12:00:00.000Z', basedOn: [{ evidenceId: 'ev-1', versionId: 'ev-1:v1' }] },
      // Based on version 1 of an item now at version 2: the decision is out of date.
      { markingPointId: 'REL-5', outcome: 'not-yet-met', feedback: 'Add an example with an external partner.', methods: ['observation'], assessor: { role: 'assessor', name: 'Łucja Wiśniewska' }, decidedAt: '2026-06-25T12:00:00.000Z', basedOn: [{ evidenceId: 'ev-3', versionId: 'ev-3:v1' }] },
    ],
  );
}

// One scratch folder per test file, for the PDFs and what poppler's tools make of them.
const scratch = mkdtempSync(join(tmpdir(), 'folio-pdf-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let written = 0;

/** Writes PDF bytes to a temporary file for poppler's tools. */
export function writeTemp(bytes: Uint8Array): string {
  written += 1;
  const path = join(scratch, `render-${written}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** The text of each page (index 0 is page 1), as pdftotext reads it. */
export function pagesText(path: string, mode: '-layout' | '-raw' = '-layout'): string[] {
  const out = execFileSync('pdftotext', [mode, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = out.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export function pageCount(path: string): number {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? NaN);
}

/** Collapses runs of whitespace, so text wrapped over lines can be compared with the original. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Renders with the real fonts and writes the PDF to a temporary file. */
export async function renderToFile(
  snapshot: PortfolioSnapshot,
  options: Partial<PdfOptions> = {},
  deps: Omit<RenderDeps, 'font'> = {},
): Promise<{ bytes: Uint8Array; path: string }> {
  const bytes = await renderPortfolioPdf(snapshot, { now: NOW, includeAttachments: true, ...options }, { font: await loadFontNode(), ...deps });
  return { bytes, path: writeTemp(bytes) };
}

/** The page (1-based) on which an evidence item's own heading ("E004  Title") is printed. */
export function headingPage(pages: readonly string[], ref: string, title: string): number[] {
  const heading = squash(`${ref} ${title}`);
  return pages.flatMap((text, i) => (/EVIDENCE \d+ OF \d+/.test(text) && squash(text).includes(heading) ? [i + 1] : []));
}

/** Images embedded in a PDF, as pdfimages lists them: [page, width, height, encoding]. */
export function listImages(path: string): [number, number, number, string][] {
  const out = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const c = l.trim().split(/\s+/);
      return [Number(c[0]), Number(c[3]), Number(c[4]), c[8] ?? ''];
    });
}

/** Where the red and the blue of a rendered page are: the centre of each colour's pixels. */
export function colourCentres(path: string, page: number): { red: [number, number]; blue: [number, number] } {
  const base = path.replace(/\.pdf$/, `-page-${page}`);
  execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), '-singlefile', path, base]);
  const ppm = readFileSync(`${base}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = ppm.subarray(header[0].length);
  const sums: Record<'red' | 'blue', [number, number, number]> = { red: [0, 0, 0], blue: [0, 0, 0] };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      const which = r > 150 && g < 90 && b < 90 ? sums.red : b > 150 && r < 90 && g < 90 ? sums.blue : undefined;
      if (which) {
        which[0] += x;
        which[1] += y;
        which[2] += 1;
      }
    }
  }
  const centre = (s: [number, number, number]): [number, number] => [s[0] / s[2], s[1] / s[2]];
  expect(sums.red[2], 'red pixels').toBeGreaterThan(20);
  expect(sums.blue[2], 'blue pixels').toBeGreaterThan(20);
  return { red: centre(sums.red), blue: centre(sums.blue) };
}

export { pngBomb } from '../../src/cli/lib/pixel-bomb';
