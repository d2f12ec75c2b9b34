import type { CoverageStatus } from '../../domain/coverage';
import type { ImageInfo } from './image-info';

/**
 * The assessor PDF as plain data: everything the document says, in order, with anchors where a
 * section starts. It knows nothing of pages; the renderer learns those when it lays the model out.
 */
export interface PdfModel {
  meta: { title: string; author: string; subject: string; creator: string; keywords: string };
  /** Printed at the top of every page. */
  header: { left: string; right: string };
  /** When the PDF was made, as printed. */
  generated: string;
  cover: CoverModel;
  declaration: { heading: string; paragraphs: string[]; signatory: string; assessor: string };
  /** Contents entries, also used for the PDF bookmarks. */
  contents: ContentsEntry[];
  coverage: { intro: string; units: UnitSection[] };
  matrix: MatrixModel;
  evidence: { intro: string; items: EvidenceSection[] };
  decisions: DecisionRow[];
  gaps: { intro: string; rows: GapRow[] };
  /** Set when the export covers only some units. */
  scopeNote?: string;
  isEmpty: boolean;
}

export interface KeyValue {
  label: string;
  value: string;
}

export interface CoverModel {
  title: string;
  qualification: string;
  rows: KeyValue[];
  progress: { evidenced: number; met: number; total: number; percent: number };
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
  evidence: EvidenceLink[];
}

export interface MatrixModel {
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
  facts: KeyValue[];
  /** Every structured field of the item's kind, in the kind's order; '' where nothing was entered. */
  fields: KeyValue[];
  tags: string[];
  reflection: string;
  mappings: MappedPoint[];
  images: ImageEntry[];
  files: FileEntry[];
  /** Set when attachments were left out of this export. */
  attachmentsNote?: string;
}

export interface DecisionRow {
  pointId: string;
  pointText: string;
  outcome: string;
  stale: boolean;
  feedback: string;
  assessor: string;
  decidedAt: string;
  basedOn: EvidenceLink[];
}

export interface GapRow {
  unit: string;
  pointId: string;
  text: string;
}
