import { allMarkingPoints, catalogue } from '../catalogue';
import { evidenceKinds, type FieldDef } from '../domain/evidence-kinds';
import { sha256Hex } from '../domain/hash';
import { encodeJpeg } from './jpeg';
import { encodePng } from './png';
import { decisionId, formatRef, mappingId } from '../domain/references';
import type { AttachmentWithBytes, PortfolioSnapshot } from '../domain/snapshot';
import { customerTypes, type AuditEntry, type Decision, type Mapping } from '../domain/schemas';
import { withVersions, type UnversionedEvidence } from './with-versions';
import { between, pick, random, uuid, type Rand } from './seeded';

export interface GenerateOptions {
  /** How many evidence items. */
  items: number;
  /** One item in this many gets a photo, PNG and JPEG in turn (some JPEGs turned by EXIF); 0 for none. */
  imageEvery?: number;
  /** Same seed, same portfolio. */
  seed?: number;
  /** ISO timestamp the portfolio is "as of": every date in it lies before. */
  now: string;
  /** Width of each photo in pixels (height is three quarters of it). */
  imageWidth?: number;
  /** Who the learner is; by default one of a few made-up names, and a made-up number. */
  learnerName?: string;
  learnerNumber?: string;
  /** The assessor named on the portfolio (default Morgan Ellis). */
  assessorName?: string;
  /** How many days before `now` the portfolio was started (default 400); items spread over that time. */
  startedDaysAgo?: number;
  /** Whether to add the assessor's unsigned decisions on every third point (default true). */
  decisions?: boolean;
}

const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const PEOPLE = ['Zoë Brontë', 'Łucja Wiśniewska', 'Ștefan Dumitrescu', 'Aoife O’Brien', 'Dev Patel', 'Grace Mensah', 'Tomás Ruiz', 'Hannah Kowalczyk', 'Owen Hughes', 'Priya Shah'];
const ROLES = ['Team leader', 'Customer service manager', 'Duty manager', 'Senior adviser', 'Operations supervisor'];
const CUSTOMERS = ['a tenant reporting a repair', 'a caller whose parcel had not arrived', 'a regular customer at the counter', 'the finance team (an internal customer)', 'a business client on a service contract', 'a visitor who uses a wheelchair'];
const ACTIONS = [
  'I listened without interrupting, then summarised what I had heard so the customer knew I had understood.',
  'I asked open questions to find out what the customer actually needed, not only what they first asked for.',
  'I checked our service standard — reply within 24 hours — and set a reminder so it was met.',
  'I explained what I could do myself and referred the rest to the right team, with the case notes attached.',
  'I logged the complaint in the CRM, acknowledged it in writing the same day and gave a reference number.',
  'I offered a goodwill credit of £15 within my authority and confirmed it by email.',
  'I escalated to my team leader with the timeline, what had been tried and what the customer wanted.',
  'I followed the data protection policy and did not read the account details aloud at the counter.',
  'I agreed a call-back time with the customer and rang at exactly that time, as promised.',
  'I compared this week’s first-contact resolution (78%) with the 85% target and noted the causes.',
];
const OUTCOMES = [
  'The customer thanked me and the case was closed within the agreed timescale.',
  'The complaint was resolved in 3 working days, inside our 5-day standard.',
  'Repeat calls on this issue fell from 14 to 6 a week over the next month.',
  'The customer left a 5-star review that named me — “quick, clear and kind”.',
  'Our team adopted the checklist I proposed, and errors at hand-over dropped.',
];
const LEARNING = [
  'Next time I would confirm the customer’s preferred contact method at the start.',
  'I learned that an informal comment can become a formal complaint if nobody acts on it.',
  'I now check the policy before promising anything outside my authority.',
  'Recording the call-back time in the shared diary made the promise visible to the whole team.',
];
const TAGS = ['Data Protection Act 2018', 'Consumer Rights Act 2015', 'Equality Act 2010', 'Complaints policy', 'Customer charter', 'Refunds policy', 'Health and safety'];
const TITLES: Record<string, readonly string[]> = {
  'customer-feedback': ['Comment card about the reception desk', 'Online review of the repairs service', 'Feedback call after a delivery problem'],
  'service-log': ['Week of email enquiries against the 24-hour standard', 'Counter service log for the Saturday shift', 'Call log during the system outage'],
  complaint: ['Complaint about a missed appointment', 'Complaint about an incorrect invoice', 'Complaint about staff attitude on the phone'],
  'reflective-account': ['Handling an upset caller', 'Helping a customer with access needs', 'When I had to say no to a refund'],
  'witness-testimony': ['Statement from my team leader', 'Witness statement from the duty manager'],
  observation: ['Observed at the front desk', 'Observed on the phones during peak hours'],
  'professional-discussion': ['Discussion of escalation and role boundaries', 'Discussion of customer loyalty and profit'],
  'service-plan': ['Plan for the Christmas opening hours', 'Plan for the new online booking service'],
  'performance-report': ['Monthly KPI report for the contact centre', 'Quarterly complaints and satisfaction report'],
  'meeting-minutes': ['Team meeting on reducing repeat calls', 'Service review with the facilities team'],
  'survey-results': ['Customer satisfaction survey, spring', 'Survey of internal customers in finance'],
  other: ['Extract from the customer charter', 'Email thread with a business client'],
};

function sentences(rand: Rand, min: number, max: number): string {
  const pool = [...ACTIONS, ...OUTCOMES];
  return Array.from({ length: between(rand, min, max) }, () => pick(rand, pool)).join(' ');
}

function fieldValue(rand: Rand, field: FieldDef, date: number): string {
  if (field.options) return pick(rand, field.options);
  if (field.type === 'date') return isoDay(date + between(rand, 0, 6) * DAY);
  if (field.type === 'number') return String(between(rand, 12, 480));
  if (/name|observer|participants|attendees/i.test(field.name)) return `${pick(rand, PEOPLE)}, ${pick(rand, ROLES)}`;
  if (/role/i.test(field.name)) return pick(rand, ROLES);
  if (field.name === 'standard') return 'Reply to every email within 24 hours; answer calls within 30 seconds';
  if (field.name === 'period') return `Week ${between(rand, 1, 52)}, ${new Date(date).getUTCFullYear()}`;
  if (field.type === 'text') return `${pick(rand, CUSTOMERS)} – ${pick(rand, ['CRM', 'complaints log', 'shared drive', 'shift report'])}`;
  return `With ${pick(rand, CUSTOMERS)}: ${sentences(rand, 2, 5)}`;
}

/** A photo-like picture as RGB: a sky-to-ground gradient with a few discs, different per seed. */
function picture(rand: Rand, width: number, height: number): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  const discs = Array.from({ length: 4 }, () => ({ x: rand() * width, y: rand() * height, r: 10 + rand() * width * 0.2, c: [rand() * 255, rand() * 255, rand() * 255] }));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let colour = [90 + (y / height) * 100, 120 + (x / width) * 60, 200 - (y / height) * 120];
      for (const d of discs) {
        if ((x - d.x) ** 2 + (y - d.y) ** 2 < d.r ** 2) colour = d.c;
      }
      const i = (y * width + x) * 3;
      rgb[i] = colour[0] ?? 0;
      rgb[i + 1] = colour[1] ?? 0;
      rgb[i + 2] = colour[2] ?? 0;
    }
  }
  return rgb;
}

/**
 * The n-th photo of a portfolio: PNG and JPEG in turn, and every other JPEG stored sideways with an
 * EXIF orientation, as a phone held upright writes it.
 */
function photo(rand: Rand, n: number, width: number): { bytes: Uint8Array; type: string; extension: string } {
  const height = Math.round((width * 3) / 4);
  const rgb = picture(rand, width, height);
  if (n % 2 === 0) return { bytes: encodePng(width, height, rgb), type: 'image/png', extension: 'png' };
  const orientation = n % 4 === 3 ? 6 : undefined;
  return { bytes: encodeJpeg(width, height, rgb, { quality: 80, orientation }), type: 'image/jpeg', extension: 'jpg' };
}

/**
 * A made-up but plausible portfolio of any size, for the benchmark and for tests: every kind of
 * evidence, mappings with rationales, some assessor decisions, and a real PNG on one item in `imageEvery`.
 * Pure: the same options give the same portfolio, byte for byte. Asynchronous only because hashing is.
 */
export async function generatePortfolio(options: GenerateOptions): Promise<PortfolioSnapshot> {
  const rand = random(options.seed ?? 1);
  const imageEvery = options.imageEvery ?? 4;
  const nowMs = Date.parse(options.now);
  const days = options.startedDaysAgo ?? 400;
  const startMs = nowMs - days * DAY;
  const portfolioId = uuid(rand);
  const madeUpName = pick(rand, PEOPLE);
  const learner = options.learnerName ?? madeUpName;
  const assessorName = options.assessorName ?? 'Morgan Ellis';
  const evidence: UnversionedEvidence[] = [];
  const mappings: Mapping[] = [];
  const attachments: AttachmentWithBytes[] = [];
  const audit: AuditEntry[] = [];
  const stamp = (ms: number) => new Date(ms).toISOString();

  for (let n = 1; n <= options.items; n += 1) {
    const kind = evidenceKinds[(n - 1) % evidenceKinds.length] ?? evidenceKinds[0];
    const dateMs = startMs + Math.floor(((n - 0.5) / options.items) * (days - 10) * DAY);
    const createdMs = dateMs + between(rand, 1, 20) * 3_600_000;
    const item: UnversionedEvidence = {
      id: uuid(rand),
      portfolioId,
      number: n,
      ref: formatRef(n),
      title: `${pick(rand, TITLES[kind.id] ?? ['Evidence'])} (${n})`,
      kind: kind.id,
      date: isoDay(dateMs),
      customerType: pick(rand, customerTypes),
      fields: Object.fromEntries(kind.fields.map((f: FieldDef) => [f.name, fieldValue(rand, f, dateMs)])),
      reflection: `${pick(rand, ACTIONS)} ${pick(rand, OUTCOMES)} ${pick(rand, LEARNING)}`,
      tags: Array.from(new Set(Array.from({ length: between(rand, 0, 3) }, () => pick(rand, TAGS)))),
      version: between(rand, 1, 3),
      createdAt: stamp(createdMs),
      updatedAt: stamp(createdMs + between(rand, 0, 48) * 3_600_000),
    };
    evidence.push(item);
    audit.push({ id: uuid(rand), portfolioId, at: item.createdAt, role: 'learner', name: learner, action: 'evidence added', detail: `${item.ref} ${item.title}` });

    const points = new Set(Array.from({ length: between(rand, 1, 3) }, () => pick(rand, allMarkingPoints).id));
    for (const pointId of points) {
      mappings.push({
        id: mappingId(item.id, pointId),
        portfolioId,
        evidenceId: item.id,
        markingPointId: pointId,
        rationale: `${item.ref} shows ${pointId}: ${pick(rand, ACTIONS)}`,
        createdAt: item.createdAt,
        updatedAt: item.updatedAt,
      });
    }
    if (imageEvery > 0 && n % imageEvery === 0) {
      const { bytes, type, extension } = photo(rand, attachments.length, options.imageWidth ?? 480);
      attachments.push({ id: uuid(rand), portfolioId, evidenceId: item.id, name: `photo-${item.ref}.${extension}`, type, size: bytes.length, sha256: await sha256Hex(bytes), createdAt: item.createdAt, bytes });
    }
  }

  const versioned = await withVersions(learner, evidence, mappings, attachments);
  const versionOf = new Map(versioned.versions.map((v) => [v.evidenceId, v]));
  const decisions: Decision[] = [];
  for (const point of allMarkingPoints.filter((_, i) => options.decisions !== false && i % 3 === 0)) {
    const mapped = mappings.filter((m) => m.markingPointId === point.id);
    if (mapped.length === 0) continue;
    decisions.push({
      id: decisionId(portfolioId, point.id),
      portfolioId,
      markingPointId: point.id,
      outcome: rand() < 0.7 ? 'met' : 'not-yet-met',
      feedback: `${point.id}: ${pick(rand, ['Clear, well-referenced evidence.', 'Good — add the timescale you agreed with the customer.', 'Please show the review stage of the cycle too.'])}`,
      methods: ['product-evidence'],
      assessor: { role: 'assessor', name: assessorName },
      decidedAt: stamp(nowMs - between(rand, 1, 20) * DAY),
      basedOn: mapped.map((m) => {
        const v = versionOf.get(m.evidenceId);
        return { evidenceId: m.evidenceId, versionId: v?.id, version: v?.version, hash: v?.pointHashes[point.id] };
      }),
    });
  }

  const madeUpNumber = `L${between(rand, 100000, 999999)}`;
  return {
    portfolio: {
      id: portfolioId,
      learnerName: learner,
      learnerNumber: options.learnerNumber ?? madeUpNumber,
      centre: 'Northgate Housing Association — Customer Contact Centre',
      assessorName,
      startDate: isoDay(startMs),
      qualificationId: catalogue.id,
      nextEvidenceNumber: options.items + 1,
      createdAt: stamp(startMs),
      updatedAt: stamp(nowMs - DAY),
    },
    evidence: versioned.evidence,
    mappings,
    versions: versioned.versions,
    decisions,
    records: [],
    attachments,
    keys: [],
    // In time order, as the database reads them back.
    audit: [
      { id: uuid(rand), portfolioId, at: stamp(startMs), role: 'learner', name: learner, action: 'portfolio created', detail: `Portfolio for ${learner}` },
      ...audit.sort((a, b) => a.at.localeCompare(b.at)),
    ],
  };
}
