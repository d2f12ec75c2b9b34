import { catalogue } from '../catalogue';
import { emptyFields, type EvidenceKindId } from '../domain/evidence-kinds';
import { formatRef, mappingId } from '../domain/references';
import { sha256Hex } from '../domain/hash';
import type { AuditEntry, CustomerType, CycleLink, Evidence, Mapping, Portfolio } from '../domain/schemas';
import type { AttachmentWithBytes, PortfolioSnapshot } from '../domain/snapshot';
import { buildDemoAssessment } from './demo-assessment';
import { withVersions, type UnversionedEvidence } from './with-versions';

interface DemoItem {
  title: string;
  kind: EvidenceKindId;
  daysAgo: number;
  customerType: CustomerType;
  fields: Record<string, string>;
  reflection: string;
  tags: string[];
  maps: Record<string, string>;
  /** Structured lists (format 4): what the coach counts and the PDF lists. */
  lists?: Pick<Evidence, 'factors' | 'feedbackTechniques' | 'legislation' | 'policies'>;
  /** The plan-do-review cycles the item is a stage of (absent when none). */
  cycles?: CycleLink[];
  /** A performance report's KPI rows; dates as days before `now`, like the item's own. */
  kpiRows?: DemoKpi[];
  /** KPI rows this item claims to have moved: the report's title and the row's measure. */
  kpiLinks?: { report: string; measure: string }[];
}

interface DemoKpi {
  measure: string;
  unit: string;
  baseline: number;
  baselineDaysAgo: number;
  target: number;
  result?: { value: number; daysAgo: number };
}

/*
 * Two plan-do-review cycles (seed REL's "identify need → agree standards → deliver → monitor → evaluate
 * → improve"): the call-back promise has every stage, the ISA season only its start and its review, so
 * the Cycles page shows one whole cycle and one with stages missing.
 */
const CALL_BACKS = 'Call-back promise';
const ISA_SEASON = 'ISA season';

/*
 * A made-up learner's portfolio: twenty items of many kinds that cover most marking points, and
 * leave three uncovered (PRN-4, DEL-2, IMP-3) so that gaps show. No real person or customer data: the
 * customers' contact details planted in E003, E004 and E018 (so the privacy warning and redaction can be
 * seen) are made up, with example.com / example.co.uk addresses, phone numbers from Ofcom's ranges kept
 * for drama (07700 900xxx, 020 7946 0xxx, 0161 496 0xxx) and a postcode in a real format that is not
 * delivered to. The other items carry none.
 *
 * Weaknesses the coach finds are planted on purpose (tests/unit/coach-demo.test.ts lists them): E004
 * records no investigation, E019's plan has a vague objective and no contingencies, E020 has no
 * evaluation, and the ISA season cycle has stages missing. The other items are written well.
 */
const ITEMS: DemoItem[] = [
  {
    title: 'Who our external customers are',
    kind: 'reflective-account',
    daysAgo: 170,
    customerType: 'both',
    fields: {
      situation: 'In my first month on the members’ services desk I listed everyone I serve and sorted them into external members and internal colleagues.',
      actions: 'I separated savers, mortgage applicants and solicitors (external) from the lending team and branch staff (internal), and noted how service differs for each.',
      outcome: 'My team leader used the list in our induction pack for new starters.',
      nextTime: 'Add the communication channel each group prefers.',
    },
    reflection: 'I had treated the lending team like customers with the same promises; now I use internal service levels for them and our customer charter for members.',
    tags: ['Customer charter'],
    maps: { 'EXT-1': 'Identifies external customers and distinguishes them from internal colleagues with examples from my branch.' },
  },
  {
    title: 'Telephone enquiries log against the 20-second answer standard',
    kind: 'service-log',
    daysAgo: 160,
    customerType: 'external',
    fields: {
      period: '2–6 June',
      serviceDelivered: 'Answered 214 member calls on savings and mortgage payments, logged each call in the CRM with its outcome.',
      standard: 'Answer within 20 seconds; resolve at first contact or call back within 1 working day',
      outcome: '96% answered within 20 seconds; all call-backs made the same or next day.',
      adjustments: 'Moved my lunch to cover the Monday 9–10am peak after seeing the queue figures.',
    },
    reflection: 'The call-back timescale matters more to members than the answer time: two complaints last quarter were about missed call-backs.',
    tags: ['Service level agreement', 'Customer charter'],
    maps: {
      'EXT-2': 'Shows me working to our published answer and call-back timescales, with the figures.',
      'REL-2': 'Monitoring my own delivery against agreed measurable standards.',
    },
    cycles: [{ cycle: CALL_BACKS, stage: 'deliver' }],
  },
  {
    title: 'Formal complaint: delayed mortgage redemption statement',
    kind: 'complaint',
    daysAgo: 150,
    customerType: 'external',
    fields: {
      receivedDate: '',
      channel: 'Letter',
      classification: 'Formal',
      summary: 'A member’s solicitor (r.patel@example.co.uk, 020 7946 0321) had waited 12 working days for a redemption statement; our standard is 5.',
      acknowledgement: 'Acknowledged in writing the same day, with a named contact and the 8-week final response timescale.',
      investigation: 'Found the request had been scanned to the wrong team queue.',
      resolution: 'Statement issued within 24 hours; £50 goodwill payment agreed by my manager.',
      resolvedDate: '',
      escalation: 'Referred the goodwill decision to the branch manager with the timeline and the member’s letter.',
      recordedIn: 'Complaints register and CRM case',
      improvement: 'Proposed a daily check of the scanning queue; adopted from July.',
    },
    reflection: 'Following each stage of the procedure kept the member informed and turned an angry letter into a thank-you call.',
    tags: ['Complaints procedure', 'Consumer Rights Act 2015'],
    maps: {
      'EXT-3': 'Acknowledged, investigated, resolved, recorded and proposed an improvement, following our procedure.',
      'REL-4': 'Followed the formal complaints procedure with timely communication and escalation.',
    },
  },
  {
    title: 'Informal comment about branch opening hours',
    kind: 'complaint',
    daysAgo: 140,
    customerType: 'external',
    fields: {
      receivedDate: '',
      channel: 'Face to face',
      classification: 'Informal',
      summary: 'A member (07700 900123) said Saturday closing at 12 was too early for working people.',
      acknowledgement: 'Thanked her, explained current hours and the online options, and posted the opening-hours leaflet to her at LS99 9ZZ.',
      investigation: '',
      resolution: 'Resolved at the desk; logged as informal feedback.',
      resolvedDate: '',
      escalation: '',
      recordedIn: 'Feedback log',
      improvement: 'Added to the monthly feedback summary for the branch manager.',
    },
    reflection: 'I now log informal comments too, so patterns show up in the monthly summary.',
    tags: ['Complaints procedure'],
    maps: {},
  },
  {
    title: 'Why service keeps members: retention figures',
    kind: 'performance-report',
    daysAgo: 130,
    customerType: 'external',
    fields: {
      period: 'Last financial year',
      kpis: 'Member retention 91% (target 90%); complaints per 1,000 accounts 2.1 (target under 3); NPS +38.',
      analysis: 'Branches with the highest satisfaction scores kept 4% more savers at fixed-rate maturity.',
      actions: 'Shared with the team to show how first-contact resolution links to retention.',
    },
    reflection: 'Seeing retention and profit side by side showed me customer service is a business function, not just politeness.',
    tags: [],
    maps: {
      'PRN-1': 'Explains with figures how service affects loyalty and profitability.',
      'IMP-1': 'Systematic collection of KPIs and satisfaction data.',
    },
  },
  {
    title: 'Factors that affect our service',
    kind: 'reflective-account',
    daysAgo: 125,
    customerType: 'both',
    fields: {
      situation: 'A busy month-end with two staff off sick.',
      actions: 'I identified four factors affecting service: staffing resources, the ID-check policy, members’ expectations of same-day answers, and the CRM outage on the 28th.',
      outcome: 'We prioritised urgent payments and told members realistic timescales.',
      nextTime: 'Warn members earlier when systems are down.',
    },
    reflection: 'Naming the factors helped me explain delays honestly instead of just apologising.',
    tags: ['Data Protection Act 2018'],
    maps: { 'PRN-2': 'Identifies four distinct factors: resources, policy, expectations and systems.' },
    // Planted: the text names four factors but only two are ticked, so the coach asks for a third on PRN-2.
    lists: { factors: ['Resources', 'Customer expectations'], legislation: ['Data Protection Act 2018 / UK GDPR'], policies: ['ID-check policy'] },
  },
  {
    title: 'Referral of a bereavement case to the specialist team',
    kind: 'witness-testimony',
    daysAgo: 118,
    customerType: 'external',
    fields: {
      witnessName: 'Ștefan Dumitrescu',
      witnessRole: 'Branch manager',
      relationship: 'Line manager for 18 months',
      statement: 'Zoë recognised that a bereavement enquiry was outside her authority, referred it promptly to our bereavement team with a clear case summary, and kept the family informed.',
      signedDate: '',
    },
    reflection: 'I know where my role stops and who to pass cases to.',
    tags: [],
    maps: { 'PRN-3': 'My manager confirms I understood my role boundary and referred promptly and accurately.' },
  },
  {
    title: 'Member needs conversation: first-time buyer',
    kind: 'observation',
    daysAgo: 110,
    customerType: 'external',
    fields: {
      observer: 'Łucja Wiśniewska, assessor',
      setting: 'Branch interview room, mortgage enquiry',
      observed: 'Open and probing questions, active listening, summarised the member’s needs and confirmed them before booking the adviser.',
      outcome: 'Clear identification and confirmation of needs.',
    },
    reflection: 'Summarising back caught a misunderstanding about the deposit amount.',
    tags: [],
    maps: {
      'REL-1': 'Observed using questioning, active listening and confirmation of needs.',
      'DEL-3': 'Proactive communication and interpersonal skills during delivery.',
    },
  },
  {
    title: 'Customer survey: new appointment booking',
    kind: 'survey-results',
    daysAgo: 100,
    customerType: 'external',
    fields: {
      method: 'Survey',
      responses: '86',
      findings: '78% found online booking easy; 40% of over-65s preferred to phone.',
      analysis: 'Compared by age group and channel; the phone line was the bottleneck on Mondays.',
      recommendations: 'Keep a phone booking option and add a Monday morning slot.',
    },
    reflection: 'Breaking results down by age changed our recommendation.',
    tags: ['Equality Act 2010'],
    maps: { 'REL-3': 'Survey results analysed by age and channel with specific recommendations.' },
    lists: { feedbackTechniques: ['Surveys'], legislation: ['Equality Act 2010'] },
  },
  {
    title: 'Comment cards from the branch counter',
    kind: 'customer-feedback',
    daysAgo: 95,
    customerType: 'external',
    fields: {
      collectionMethod: 'Comment card',
      feedback: '23 cards: praise for friendliness; 6 mention waiting at lunchtime.',
      rating: 'Average 4.3 out of 5',
      analysis: 'Grouped comments into themes and compared with queue data.',
      actionTaken: 'Proposed staggered lunches, trialled for a month.',
    },
    reflection: 'Two techniques (survey and cards) gave a fuller picture than either alone.',
    tags: [],
    lists: { feedbackTechniques: ['Comment cards'], policies: ['Customer charter'] },
    maps: {
      'REL-3': 'Second feedback technique (comment cards), analysed by theme.',
      'DEL-3': 'Monitoring customer feedback and adjusting delivery in real time.',
    },
  },
  {
    title: 'Agreeing a timescale with a business member',
    kind: 'professional-discussion',
    daysAgo: 88,
    customerType: 'external',
    fields: {
      participants: 'Zoë and her assessor',
      topics: 'How I agreed a 3-working-day turnaround for a charity’s account mandate change, and how I tracked it.',
      keyPoints: 'Agreed the standard in writing, set a CRM reminder, updated the treasurer on day 2, completed on day 3.',
      recordingRef: 'PD-03',
    },
    reflection: '',
    tags: ['Service level agreement'],
    maps: { 'REL-2': 'Agreed a measurable timescale with the customer and monitored delivery against it.' },
  },
  {
    title: 'Requirements for the ISA season',
    kind: 'meeting-minutes',
    daysAgo: 80,
    customerType: 'external',
    fields: {
      attendees: 'Branch manager, two customer advisers, learner',
      agenda: 'ISA season requirements; regulatory deadlines; staffing',
      decisions: 'Extended opening on the last two Saturdays; a checklist for ISA transfers in line with the transfer rules.',
      actions: 'Learner to draft the ISA checklist by Friday; manager to agree rota.',
    },
    reflection: 'I linked members’ expectations to the regulatory rules and our policy.',
    tags: ['Consumer Rights Act 2015'],
    maps: { 'DEL-1': 'Analysis of requirements linked to regulation, our policies and expectations.' },
    cycles: [{ cycle: ISA_SEASON, stage: 'identify-need' }],
  },
  {
    title: 'Evaluation of the ISA season',
    kind: 'reflective-account',
    daysAgo: 60,
    customerType: 'external',
    fields: {
      situation: 'After the ISA season I reviewed our delivery against the criteria set in the planning meeting.',
      actions: 'Compared transfer times (target 15 days, actual average 11) and queue times with the previous year.',
      outcome: 'Targets met except Saturday queues.',
      nextTime: 'Book an extra adviser for the final Saturday.',
    },
    reflection: 'Evaluating against pre-set criteria made the improvement obvious.',
    tags: [],
    maps: { 'DEL-4': 'Evaluated delivery against pre-set criteria and suggested actionable improvements.' },
    cycles: [{ cycle: ISA_SEASON, stage: 'evaluate' }],
  },
  {
    title: 'Complaints rising about call-backs',
    kind: 'performance-report',
    daysAgo: 55,
    customerType: 'external',
    fields: {
      period: 'Quarter 2',
      kpis: 'Call-back complaints 14 (target under 5); call-backs within 1 day 82% (target 95%).',
      analysis: 'Root cause: call-back requests lived in personal notebooks.',
      actions: 'Introduced a shared call-back list in the CRM with daily review.',
    },
    reflection: 'Linking the KPI to a cause made the action specific.',
    tags: [],
    kpiRows: [
      { measure: 'Call-back complaints', unit: 'a quarter', baseline: 14, baselineDaysAgo: 55, target: 5 },
      { measure: 'Call-backs within 1 working day', unit: '%', baseline: 82, baselineDaysAgo: 55, target: 95 },
    ],
    maps: { 'IMP-2': 'Clear link from the issue found (missed call-backs) to the action taken.' },
    cycles: [{ cycle: CALL_BACKS, stage: 'identify-need' }],
  },
  {
    title: 'Review after the call-back change',
    kind: 'performance-report',
    daysAgo: 20,
    customerType: 'external',
    fields: {
      period: 'Quarter 3',
      kpis: 'Call-back complaints 3 (down from 14); call-backs within 1 day 97%; satisfaction up from 4.1 to 4.5.',
      analysis: 'The shared list worked; one gap remains at weekends.',
      actions: 'Weekend cover agreed.',
    },
    reflection: 'Measuring afterwards proved the change worked.',
    tags: ['Customer charter'],
    kpiRows: [
      { measure: 'Call-back complaints', unit: 'a quarter', baseline: 14, baselineDaysAgo: 55, target: 5, result: { value: 3, daysAgo: 20 } },
      { measure: 'Call-backs within 1 working day', unit: '%', baseline: 82, baselineDaysAgo: 55, target: 95, result: { value: 97, daysAgo: 20 } },
      { measure: 'Member satisfaction', unit: 'out of 5', baseline: 4.1, baselineDaysAgo: 55, target: 4.3, result: { value: 4.5, daysAgo: 20 } },
    ],
    maps: { 'IMP-4': 'Post-improvement evaluation with measurable outcomes: complaints down from 14 to 3.' },
    cycles: [
      { cycle: CALL_BACKS, stage: 'monitor' },
      { cycle: CALL_BACKS, stage: 'evaluate' },
    ],
  },
  {
    title: 'Justifying the call-back change with our standards',
    kind: 'other',
    daysAgo: 18,
    customerType: 'external',
    fields: { description: 'Briefing note to the branch manager quoting the customer charter promise to call back within one working day and the complaints policy.' },
    reflection: 'Quoting the charter made the case without argument.',
    tags: ['Customer charter', 'Complaints procedure'],
    maps: { 'IMP-5': 'References our customer service standards and policies to justify the action.' },
    cycles: [{ cycle: CALL_BACKS, stage: 'agree-standards' }],
    kpiLinks: [{ report: 'Review after the call-back change', measure: 'Call-back complaints' }],
  },
  {
    title: 'Helping the lending team with document checks',
    kind: 'witness-testimony',
    daysAgo: 40,
    customerType: 'internal',
    fields: {
      witnessName: 'Siobhán O’Connor',
      witnessRole: 'Lending team leader',
      relationship: 'Internal customer of the branch',
      statement: 'Zoë is reliable and courteous: when our team was short she checked documents for us and kept us updated without being asked.',
      signedDate: '',
    },
    reflection: 'Internal customers matter too: their work reaches members in the end.',
    tags: [],
    maps: { 'REL-5': 'A colleague confirms professional conduct, reliability and empathy.' },
  },
  {
    title: 'Thank-you email from a member',
    kind: 'customer-feedback',
    daysAgo: 30,
    customerType: 'external',
    fields: {
      collectionMethod: 'Email',
      feedback: '“Zoë explained everything clearly — I finally understand my fixed-rate options.” Sent by the member from p.okafor@example.com, with her number +44 7700 900456 to call back on.',
      rating: '',
      analysis: '',
      actionTaken: 'Shared with the team in our weekly huddle.',
    },
    reflection: '',
    tags: [],
    maps: { 'REL-5': 'Feedback shows a positive relationship built through clear, patient explanation.' },
  },
  {
    title: 'Plan for weekend call-back cover',
    kind: 'service-plan',
    daysAgo: 12,
    customerType: 'external',
    fields: {
      // Planted weaknesses: an objective with no number or timescale, and no contingencies.
      objectives: 'Give members a good service at weekends.',
      resources: 'Two advisers on the Saturday rota; the shared call-back list in the CRM.',
      timeline: 'From the first Saturday of next month, reviewed after six weeks.',
      roles: 'The team leader owns the list; the Saturday advisers make the call-backs.',
      contingencies: '',
      justification: 'The review after the call-back change found the one remaining gap at weekends.',
    },
    reflection: '',
    tags: [],
    maps: {},
    cycles: [{ cycle: CALL_BACKS, stage: 'improve' }],
  },
  {
    title: 'Handling a vulnerable member’s enquiry',
    kind: 'reflective-account',
    daysAgo: 7,
    customerType: 'external',
    fields: {
      situation: 'An elderly member was confused about a letter about her account.',
      actions: 'Slowed down, checked understanding, offered a large-print copy.',
      outcome: 'She left reassured and asked for me next time.',
      nextTime: '',
    },
    reflection: 'Adapting my communication is part of meeting the Equality Act duty to make reasonable adjustments.',
    tags: ['Equality Act 2010'],
    maps: { 'REL-1': 'Confirmed her needs with checking questions before acting.' },
  },
];

/** A report's rows, with ids made once from the item's (so links can name them) and dates from `now`. */
function demoKpiRows(item: DemoItem, idStem: string, now: string): Pick<UnversionedEvidence, 'kpiRows'> {
  if (!item.kpiRows) return {};
  const day = (days: number) => isoDaysBefore(now, days).slice(0, 10);
  return {
    kpiRows: item.kpiRows.map((k, i) => ({
      id: `${idStem}-${i + 1}`,
      measure: k.measure,
      unit: k.unit,
      baseline: k.baseline,
      baselineDate: day(k.baselineDaysAgo),
      target: k.target,
      ...(k.result ? { result: k.result.value, resultDate: day(k.result.daysAgo) } : {}),
    })),
  };
}

/** Each item's claimed KPI rows, found by the report's title and the row's measure. */
function linkDemoKpis(evidence: UnversionedEvidence[]): void {
  ITEMS.forEach((item, i) => {
    const e = evidence[i];
    if (!item.kpiLinks || !e) return;
    e.kpiLinks = item.kpiLinks.map(({ report, measure }) => {
      const source = evidence.find((r) => r.title === report);
      const row = source?.kpiRows?.find((k) => k.measure === measure);
      if (!source || !row) throw new Error(`The demo has no KPI row “${measure}” in “${report}” to link`);
      return { evidenceId: source.id, kpiId: row.id };
    });
  });
}

function isoDaysBefore(now: string, days: number): string {
  const d = new Date(now);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString();
}

/** A picture to attach to the demo item whose title starts with `evidenceTitle`. */
export interface DemoPhoto {
  evidenceTitle: string;
  name: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * Builds the demo portfolio as plain data; `now` and `newId` come in so the content is reproducible
 * (the assessor's signing key is made afresh each time, so signatures differ between builds).
 */
export async function buildDemoSnapshot({
  now,
  newId,
  photos = [],
}: {
  now: string;
  newId: () => string;
  photos?: readonly DemoPhoto[];
}): Promise<PortfolioSnapshot> {
  const portfolioId = newId();
  const portfolio: Portfolio = {
    id: portfolioId,
    learnerName: 'Zoë Brontë',
    learnerNumber: 'CS3-204817',
    centre: 'Harbour Lane Building Society — Leeds branch',
    assessorName: 'Łucja Wiśniewska',
    startDate: isoDaysBefore(now, 180).slice(0, 10),
    qualificationId: catalogue.id,
    nextEvidenceNumber: ITEMS.length + 1,
    legislation: ['Financial Services and Markets Act 2000'],
    policies: ['Customer charter', 'Complaints procedure', 'Service level agreement', 'ID-check policy'],
    createdAt: isoDaysBefore(now, 180),
    updatedAt: now,
  };
  const evidence: UnversionedEvidence[] = [];
  const mappings: Mapping[] = [];
  const audit: AuditEntry[] = [];
  ITEMS.forEach((item, i) => {
    const at = isoDaysBefore(now, item.daysAgo);
    const date = at.slice(0, 10);
    const fields = { ...emptyFields(item.kind), ...item.fields };
    for (const key of ['receivedDate', 'resolvedDate', 'signedDate']) {
      if (key in fields && fields[key] === '') fields[key] = date;
    }
    const id = newId();
    const e: UnversionedEvidence = {
      id,
      portfolioId,
      number: i + 1,
      ref: formatRef(i + 1),
      title: item.title,
      kind: item.kind,
      date,
      customerType: item.customerType,
      fields,
      reflection: item.reflection,
      tags: item.tags,
      ...item.lists,
      ...(item.cycles ? { cycles: item.cycles } : {}),
      ...demoKpiRows(item, `${id}-kpi`, now),
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    evidence.push(e);
    for (const [markingPointId, rationale] of Object.entries(item.maps)) {
      mappings.push({ id: mappingId(e.id, markingPointId), portfolioId, evidenceId: e.id, markingPointId, rationale, createdAt: at, updatedAt: at });
    }
    audit.push({ id: newId(), portfolioId, at, role: 'learner', name: portfolio.learnerName, action: 'evidence added', detail: `${e.ref} ${e.title}` });
  });

  linkDemoKpis(evidence);
  const attachments = await Promise.all(photos.map((photo) => demoAttachment(portfolioId, evidence, photo, newId)));
  const versioned = await withVersions(portfolio.learnerName, evidence, mappings, attachments);
  const assessed = await buildDemoAssessment({ portfolio, ...versioned, daysAgo: (days) => isoDaysBefore(now, days), newId });
  const history = [...audit, ...assessed.audit].sort((a, b) => a.at.localeCompare(b.at));
  return { portfolio, ...assessed, mappings, attachments, audit: history };
}

async function demoAttachment(portfolioId: string, evidence: readonly UnversionedEvidence[], photo: DemoPhoto, newId: () => string): Promise<AttachmentWithBytes> {
  const item = evidence.find((e) => e.title.startsWith(photo.evidenceTitle));
  if (!item) throw new Error(`The demo has no item titled "${photo.evidenceTitle}…" to attach ${photo.name} to`);
  return {
    id: newId(),
    portfolioId,
    evidenceId: item.id,
    name: photo.name,
    type: photo.type,
    size: photo.bytes.length,
    sha256: await sha256Hex(photo.bytes),
    createdAt: item.createdAt,
    bytes: photo.bytes,
  };
}
