import { currentAttachmentIds } from '../../domain/current-attachments';
import { catalogue as shippedCatalogue } from '../../catalogue';
import type { Catalogue } from '../../catalogue/schema';
import { computeCoverage, percent, statusLabels } from '../../domain/coverage';
import type { PortfolioSnapshot } from '../../domain/snapshot';
import { stripControlCharacters } from '../../domain/control-characters';
import { formatDate, formatDateTime } from '../../domain/readable-dates';
import { listJoin, plural } from './wording';
import { buildEvidenceSection, evidenceAnchor, evidenceLabels } from './evidence';
import { buildDecisions, STALE_WORDS } from './decisions';
import { buildMatrix } from './matrix';
import { buildCycles } from './cycles';
import { buildAuditAppendix } from './audit';
import { buildSignOffs } from './sign-offs';
import { buildSigners } from './signers';
import type { SignatureChecks } from './signatures';
import type { ContentsEntry, EvidenceLink, PdfModel, UnitSection } from './types';

export interface PdfOptions {
  /** ISO timestamp printed as the date generated; the model never reads the clock. */
  now: string;
  /** Limit the export to these units (catalogue ids); absent or empty means the whole portfolio. */
  unitIds?: readonly string[];
  includeAttachments: boolean;
  /**
   * Each signed record's signature check, by record id (checkSignatures, run before the model is built:
   * verifying is asynchronous, the model is not). A signed record without a check prints "not checked".
   */
  signatures?: SignatureChecks;
  /** Add the audit trail as an appendix. */
  includeAudit?: boolean;
  /**
   * What the privacy check before export did (issue 10), for the declaration to say, and only that:
   * how many pieces of personal data are masked in this copy, and how many the learner confirmed are
   * not a customer's. Absent when no check was made (the declaration then claims nothing about it).
   */
  privacy?: PrivacyOutcome;
}

export interface PrivacyOutcome {
  masked: number;
  confirmedNotCustomers: number;
}

/** The declaration's sentence on customers' personal data: what was done, never more. */
export function privacyDeclaration(privacy: PrivacyOutcome | undefined): string[] {
  if (privacy === undefined) return [];
  if (privacy.masked === 0 && privacy.confirmedNotCustomers === 0) {
    return ['Before this copy was made, Folio checked the evidence for customers’ personal details (email addresses, phone numbers, postcodes, National Insurance and card numbers, and the names I listed) and found none.'];
  }
  const parts: string[] = [];
  if (privacy.masked > 0) parts.push(`${plural(privacy.masked, 'piece')} of personal data Folio found ${privacy.masked === 1 ? 'is' : 'are'} masked in this copy`);
  if (privacy.confirmedNotCustomers > 0) {
    const kept = plural(privacy.confirmedNotCustomers, privacy.masked > 0 ? 'other piece' : 'piece');
    const verb = privacy.confirmedNotCustomers === 1 ? 'is' : 'are';
    parts.push(`I confirmed that ${privacy.masked > 0 ? '' : 'the '}${kept}${privacy.masked > 0 ? '' : ' of personal data'} it found ${verb} not a customer’s (for example my own work contact details)`);
  }
  return [`Before this copy was made, Folio checked the evidence for customers’ personal details: ${parts.join(', and ')}.`];
}

/**
 * The assessor PDF as plain data: every word it prints, every heading and anchor. The renderer
 * (../render) only lays this out and draws it.
 */
export function buildPdfModel(snapshot: PortfolioSnapshot, options: PdfOptions, catalogue: Catalogue = shippedCatalogue): PdfModel {
  const { portfolio } = snapshot;
  const wanted = new Set(options.unitIds ?? []);
  const units = wanted.size === 0 ? catalogue.units : catalogue.units.filter((u) => wanted.has(u.id));
  if (units.length === 0) {
    throw new Error(`None of the chosen units (${[...wanted].join(', ')}) is part of ${catalogue.title}.`);
  }
  const scoped = units.length < catalogue.units.length;
  const pointIds = new Set(units.flatMap((u) => u.markingPoints.map((mp) => mp.id)));

  const sorted = [...snapshot.evidence].sort((a, b) => a.number - b.number);
  const evidence = scoped
    ? sorted.filter((e) => snapshot.mappings.some((m) => m.evidenceId === e.id && pointIds.has(m.markingPointId)))
    : sorted;
  const included = new Set(evidence.map((e) => e.id));
  const link = (e: { id: string; ref: string }): EvidenceLink => ({ ref: e.ref, anchor: evidenceAnchor(e.id) });

  const checks: SignatureChecks = options.signatures ?? new Map();
  // With the checks, coverage says which decisions count as met (met, signed, verifying, current).
  const coverage = computeCoverage(catalogue, snapshot.evidence, snapshot.mappings, snapshot.decisions, { versions: snapshot.versions, records: snapshot.records, checks });
  const unitCoverage = coverage.units.filter((uc) => units.includes(uc.unit));
  const points = unitCoverage.flatMap((uc) => uc.points);
  const evidenced = points.filter((p) => p.evidence.length > 0).length;

  const unitSections: UnitSection[] = unitCoverage.map((uc) => ({
    anchor: `unit:${uc.unit.id}`,
    heading: `Unit ${uc.unit.number}: ${uc.unit.title}`,
    summary: `${uc.evidenced} of ${plural(uc.total, 'marking point')} evidenced`,
    points: uc.points.map((p) => ({
      id: p.point.id,
      text: p.point.text,
      status: p.status,
      statusLabel: statusLabels[p.status],
      stale: p.stale,
      ...(p.decision ? { outcomeLabel: statusLabels[p.decision.outcome] } : {}),
      evidence: p.evidence.filter((e) => included.has(e.id)).map(link),
    })),
  }));

  const unitNames = units.map((u) => `Unit ${u.number} (${u.id})`);
  const scopeNote = scoped
    ? `This export covers ${listJoin(unitNames)} only, with the ${plural(evidence.length, 'evidence item')} mapped to ${units.length === 1 ? 'it' : 'them'}.`
    : undefined;
  const latest = evidence.reduce<string | undefined>((max, e) => (max === undefined || e.date > max ? e.date : max), undefined);
  const period = latest
    ? `${formatDate(portfolio.startDate)} → ${formatDate(latest)}`
    : `From ${formatDate(portfolio.startDate)} (no evidence yet)`;
  const progressPercent = percent(evidenced, points.length);
  const qualification = catalogue.title;

  const versionNumbers = new Map(snapshot.versions.map((v) => [v.id, v.version]));
  const currentIds = currentAttachmentIds(snapshot.evidence, snapshot.versions);
  const currentAttachments = snapshot.attachments.filter((a) => currentIds.has(a.id));
  const items = evidence.map((e, index) =>
    buildEvidenceSection(
      e,
      {
        catalogue,
        mappings: snapshot.mappings,
        attachments: currentAttachments,
        includeAttachments: options.includeAttachments,
        records: snapshot.records,
        versionNumbers,
        evidence: snapshot.evidence,
      },
      { index, count: evidence.length },
    ),
  );
  const decisions = buildDecisions(
    coverage,
    pointIds,
    (id) => {
      const e = evidence.find((x) => x.id === id);
      return e ? link(e) : undefined;
    },
    checks,
  );
  // Met on the cover means what it means everywhere: met, signed, verified, evidence unchanged.
  const met = decisions.rows.filter((d) => d.countsAsMet).length;
  const unitIdsInScope = new Set(units.map((u) => u.id));
  const signOffRecords = snapshot.records.filter((r) => r.type === 'sign-off' && unitIdsInScope.has(r.unitId));
  const signOffs = buildSignOffs(units, { coverage, records: snapshot.records, checks, evidence: snapshot.evidence });
  const showSignOffs = decisions.rows.length > 0 || signOffRecords.length > 0;
  const signed = [...snapshot.decisions, ...snapshot.records].filter((r) => r.signature !== undefined);
  const signers = buildSigners(snapshot.keys, signed, checks);
  const audit = options.includeAudit ? buildAuditAppendix(snapshot.audit) : undefined;

  const emptyText = scoped
    ? 'No evidence is mapped to the units in this export yet.'
    : 'This portfolio contains no evidence yet.';
  const evidenceIntro = evidence.length === 0 ? emptyText : `${plural(evidence.length, 'evidence item')}, in reference order.`;
  const matrix = buildMatrix(
    unitSections,
    items.map((i) => ({ link: link(i), title: i.title, points: new Set(i.mappings.map((m) => m.id)) })),
    evidenceIntro,
  );
  const cycles = buildCycles(snapshot.evidence, (e) => (included.has(e.id) ? link(e) : undefined));
  const declaration = { heading: 'Learner declaration of authenticity', anchor: 'declaration' };
  const coverageSection = { heading: 'Coverage by unit', anchor: 'coverage' };
  const evidenceSection = { heading: 'Evidence', anchor: 'evidence' };
  const gapsSection = { heading: 'Gap list', anchor: 'gaps' };
  const entry = (s: { heading: string; anchor: string }, level: 0 | 1): ContentsEntry => ({ title: s.heading, anchor: s.anchor, level });
  const contents: ContentsEntry[] = [
    entry(declaration, 0),
    entry(coverageSection, 0),
    ...unitSections.map((u) => entry(u, 1)),
    ...(cycles.cycles.length > 0 ? [entry(cycles, 0)] : []),
    entry(matrix, 0),
    entry(evidenceSection, 0),
    ...items.map((i) => ({ title: i.heading, anchor: i.anchor, level: 1 as const })),
    ...(decisions.rows.length > 0 ? [entry(decisions, 0)] : []),
    ...(showSignOffs ? [entry(signOffs, 0)] : []),
    ...(signers.rows.length > 0 ? [entry(signers, 0)] : []),
    entry(gapsSection, 0),
    ...(audit ? [entry(audit, 0)] : []),
  ];

  const gaps = unitCoverage.flatMap((uc) =>
    uc.points
      .filter((p) => p.evidence.length === 0)
      .map((p) => ({ unit: `Unit ${uc.unit.number} (${uc.unit.id})`, pointId: p.point.id, text: p.point.text })),
  );

  return {
    // Viewers and file managers show these raw: a control character from a name must not reach them.
    meta: {
      title: `Evidence portfolio: ${stripControlCharacters(portfolio.learnerName)}, ${stripControlCharacters(qualification)}`,
      author: stripControlCharacters(portfolio.learnerName),
      subject: `Assessor-ready evidence portfolio for ${stripControlCharacters(qualification)}`,
      creator: 'Folio',
      keywords: `portfolio, evidence, ${stripControlCharacters(qualification)}`,
    },
    file: { created: options.now, idSeed: `${portfolio.id}|${options.now}` },
    header: { left: portfolio.learnerName, right: qualification },
    footer: { left: `Evidence portfolio · generated ${formatDateTime(options.now)}`, pageOf: 'Page {page} of {total}' },
    generated: formatDateTime(options.now),
    blank: '—',
    pageRef: { separator: ', p. ', unknown: '?' },
    outline: { cover: 'Cover' },
    cover: {
      title: 'Evidence portfolio',
      qualification,
      rows: [
        { label: 'Learner', value: portfolio.learnerName },
        { label: 'Learner number', value: portfolio.learnerNumber },
        { label: 'Centre or employer', value: portfolio.centre },
        { label: 'Qualification', value: qualification },
        { label: 'Assessor', value: portfolio.assessorName },
        { label: 'Period', value: period },
        { label: 'Date generated', value: formatDateTime(options.now) },
        {
          label: 'Overall progress',
          value: `${evidenced} of ${plural(points.length, 'marking point')} evidenced (${progressPercent}%), ${met} met`,
        },
        { label: 'Evidence items', value: String(evidence.length) },
      ],
      progress: {
        label: 'OVERALL PROGRESS',
        text: `${progressPercent}% of marking points evidenced (${evidenced} of ${points.length}); ${met} met by the assessor`,
        evidenced,
        met,
        total: points.length,
        percent: progressPercent,
      },
      notes: [...(scopeNote ? [scopeNote] : []), ...(evidence.length === 0 ? [emptyText] : [])],
    },
    declaration: {
      ...declaration,
      paragraphs: [
        `I, ${portfolio.learnerName}, confirm that the evidence in this portfolio is my own work and a true record of what I did at ${portfolio.centre}.`,
        // Only what is true of this copy: what the check before export found and what was done with it.
        ...privacyDeclaration(options.privacy),
        'Where an item contains the words or work of other people (witness testimonies, customer feedback, colleagues’ records), it says so.',
        'I understand that if any of this evidence is found not to be my own work, it will not count towards the qualification.',
      ],
      signatory: portfolio.learnerName,
      assessor: portfolio.assessorName,
      labels: { learner: 'Learner', assessor: 'Assessor', signature: 'Signature', date: 'Date' },
    },
    contentsPage: { heading: 'Contents', anchor: 'contents' },
    contents,
    coverage: {
      ...coverageSection,
      head: ['ID', 'Marking point', 'Status', 'Evidence (page)'],
      staleNote: STALE_WORDS,
      intro:
        'Each marking point with its status and the evidence mapped to it. A reference gives the page on which that item starts and links to it.',
      units: unitSections,
    },
    cycles,
    matrix,
    evidence: { ...evidenceSection, intro: evidenceIntro, labels: evidenceLabels, items },
    decisions,
    signOffs: showSignOffs ? signOffs : { ...signOffs, units: [] },
    signers,
    gaps: {
      ...gapsSection,
      head: ['Unit', 'ID', 'Marking point'],
      intro:
        gaps.length === 0
          ? 'Every marking point has at least one piece of evidence mapped to it.'
          : `${plural(gaps.length, 'marking point')} with no evidence mapped yet.`,
      rows: gaps,
    },
    ...(audit ? { audit } : {}),
    scopeNote,
    isEmpty: evidence.length === 0,
  };
}
