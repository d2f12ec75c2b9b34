import type { CoverageStatus } from '../../domain/coverage';
import type { SignatureCheck } from '../../domain/signing/status';
import type { ImageInfo } from './image-info';

/**
 * The assessor PDF as plain data: everything the document says, in order, with anchors where a
 * section starts. It knows nothing of pages; the renderer learns those when it lays the model out.
 */
export interface PdfModel {
  meta: { title: string; author: string; subject: string; creator: string; keywords: string };
  /** Not printed: the creation date (ISO) and the seed of the file's identifier, both stable for one export. */
  file: { created: string; idSeed: string };
  /** Printed at the top of every page. */
  header: { left: string; right: string };
  /** Printed at the foot of every page: `pageOf` with {page} and {total} filled in on the right. */
  footer: { left: string; pageOf: string };
  /** When the PDF was made, as printed. */
  generated: string;
  /** What an empty table cell shows. */
  blank: string;
  /** How a reference to a page reads: "E004, p. 12" (`unknown` if an anchor never got a page). */
  pageRef: PageRefWords;
  /** The first bookmark, for the cover (the others are the contents entries). */
  outline: { cover: string };
  cover: CoverModel;
  declaration: Section & {
    paragraphs: string[];
    signatory: string;
    assessor: string;
    /** Labels of the signature blocks. */
    labels: { learner: string; assessor: string; signature: string; date: string };
  };
  /** The contents page's own heading. */
  contentsPage: Section;
  /** Contents entries, also used for the PDF bookmarks. */
  contents: ContentsEntry[];
  coverage: Section & { intro: string; head: string[]; staleNote: string; units: UnitSection[] };
  /** Plan-do-review cycles, after the coverage; printed only when an item is linked to a cycle. */
  cycles: CyclesModel;
  matrix: MatrixModel;
  evidence: Section & { intro: string; labels: EvidenceLabels; items: EvidenceSection[] };
  decisions: Section & { intro: string; head: string[]; staleNote: string; rows: DecisionRow[] };
  /** Each unit's sign-off block; printed when the export holds a decision or a sign-off. */
  signOffs: Section & { intro: string; units: SignOffBlock[] };
  /** Everyone who signed something here, with their key's fingerprint to compare in person. */
  signers: Section & { intro: string; head: string[]; rows: SignerRow[] };
  gaps: Section & { intro: string; head: string[]; rows: GapRow[] };
  /** The audit trail, when the export asked for it (an appendix at the end). */
  audit?: Section & { intro: string; head: string[]; rows: AuditRow[] };
  /** Set when the export covers only some units. */
  scopeNote?: string;
  isEmpty: boolean;
}

/** A section's heading and the anchor that contents entries and references point to. */
export interface Section {
  heading: string;
  anchor: string;
}

export interface PageRefWords {
  /** Between the reference and the page number: "E004" + ", p. " + "12". */
  separator: string;
  unknown: string;
}

export interface EvidenceLabels {
  details: string;
  /** Shown for a structured field left empty. */
  notRecorded: string;
  reflection: string;
  noReflection: string;
  mappings: string;
  notMapped: string;
  mappingHead: string[];
  /** The heading over one picture, and over more. */
  image: string;
  images: string;
  otherAttachments: string;
  filesHead: string[];
  comments: string;
  /** After the item's heading at the top of each page it runs on to: "E003  Title (continued)". */
  continued: string;
}

export interface KeyValue {
  label: string;
  value: string;
}

export interface CoverModel {
  title: string;
  qualification: string;
  rows: KeyValue[];
  progress: { label: string; text: string; evidenced: number; met: number; total: number; percent: number };
  notes: string[];
}

export interface ContentsEntry {
  title: string;
  anchor: string;
  level: 0 | 1;
}

/** A reference to an evidence item, resolved to a page and a link when laid out. */
export interface EvidenceLink {
  ref: string;
  anchor: string;
}

export interface UnitSection {
  anchor: string;
  heading: string;
  summary: string;
  points: PointRow[];
}

export interface PointRow {
  id: string;
  /** Verbatim from the catalogue. */
  text: string;
  status: CoverageStatus;
  statusLabel: string;
  /** An assessor decision exists but the evidence behind it has changed since. */
  stale: boolean;
  /** The current decision's outcome ("Met"), printed above the stale note, which the status then is. */
  outcomeLabel?: string;
  evidence: EvidenceLink[];
}

export interface MatrixModel extends Section {
  intro: string;
  /** Marks a mapped cell. */
  mark: string;
  head: { item: string; title: string };
  /** Label of the last row, which counts the items in each column. */
  countsLabel: string;
  /** Printed under the grid when it has no rows. */
  empty: string;
  units: { id: string; points: { id: string; label: string }[] }[];
  rows: { link: EvidenceLink; title: string; cells: boolean[] }[];
  /** Items mapped to each column, in column order. */
  counts: number[];
}

export interface MappedPoint {
  id: string;
  unit: string;
  text: string;
  rationale: string;
}

export interface ImageEntry {
  attachmentId: string;
  name: string;
  sizeLabel: string;
  sha256: string;
  info: ImageInfo;
  caption: string;
  /** Printed in the picture's box if it cannot be embedded after all. */
  failedNote: string;
  /** How the picture is listed instead if no print copy of it can be made. */
  unprintable: FileEntry;
}

export interface FileEntry {
  attachmentId: string;
  name: string;
  type: string;
  sizeLabel: string;
  sha256: string;
  note?: string;
}

export interface EvidenceSection {
  id: string;
  anchor: string;
  ref: string;
  title: string;
  /** "E004  Title": the section's heading, and its contents entry. */
  heading: string;
  /** "EVIDENCE 4 OF 20", above the heading. */
  position: string;
  facts: KeyValue[];
  /** Every structured field of the item's kind, in the kind's order; '' where nothing was entered. */
  fields: KeyValue[];
  tags: string[];
  /** "Tags: a • b", or '' for none. */
  tagLine: string;
  /** "Factors: a • b", "Legislation: …": one line per structured list the item has, none for an empty one. */
  listLines: string[];
  reflection: string;
  mappings: MappedPoint[];
  images: ImageEntry[];
  files: FileEntry[];
  /** Set when attachments were left out of this export. */
  attachmentsNote?: string;
  /** The assessor's comments on this item, oldest first. */
  comments: CommentEntry[];
  /** A performance report's KPI rows (issue 10), when it has any. */
  kpis?: KpiSection;
  /** "KPIs this item moved: …", or '' for an item that links none. */
  kpiLinkLine?: string;
}

/** One KPI row's before/target/after chart: the figures to scale and the words under each bar. */
export interface KpiChartModel {
  /** "Replies within 24 hours (%)". */
  title: string;
  row: { baseline: number; target: number; result?: number };
  labels: { baseline: string; target: string; result: string };
}

/** A performance report's KPIs: the table as text and a chart per row. */
export interface KpiSection {
  heading: string;
  head: string[];
  body: string[][];
  charts: KpiChartModel[];
}

/** A record's signature as printed. */
export interface SignatureLine {
  status: SignatureCheck['status'] | 'not-checked';
  words: string;
  /** Formatted for comparing aloud; '' when unsigned. */
  fingerprint: string;
  /** It verifies with the key of the person named. */
  verified: boolean;
}

export interface DecisionRow {
  pointId: string;
  pointText: string;
  outcome: string;
  stale: boolean;
  /** Met, signed, verified and not stale: what the cover counts as met. */
  countsAsMet: boolean;
  feedback: string;
  /** The assessment methods, joined: "Observation, Product evidence". */
  methods: string;
  assessor: string;
  decidedAt: string;
  signature: SignatureLine;
  basedOn: EvidenceLink[];
}

export interface SignOffBlock {
  unitId: string;
  heading: string;
  /** "Signed off", "Not signed off", "No longer holds: …", "Countersignature pending". */
  state: string;
  rows: KeyValue[];
}

export interface SignerRow {
  name: string;
  role: string;
  fingerprint: string;
  /** What was signed with this key here: "5 decisions, 1 sign-off". */
  signed: string;
  status: string;
}

export interface CommentEntry {
  by: string;
  at: string;
  text: string;
  /** Set when the comment was made on an earlier version of the item. */
  note?: string;
}

export interface AuditRow {
  at: string;
  who: string;
  action: string;
  detail: string;
}

export interface GapRow {
  unit: string;
  pointId: string;
  text: string;
}

/** The plan-do-review cycles section: per cycle, its six stages in order with the items at each. */
export interface CyclesModel extends Section {
  intro: string;
  head: string[];
  cycles: {
    heading: string;
    summary: string;
    rows: { stage: string; evidence: EvidenceLink[]; note: string; missing: boolean }[];
  }[];
}
