import type { Catalogue } from '../../catalogue/schema';
import type { Cohort } from '../../domain/cohort/cohort';
import type { CohortView } from '../../domain/cohort/cohort-filter';
import type { PdfModel } from '../model/types';

/** What the cohort PDF is made from: the cohort, and what the tutor's filters leave of it. */
export interface CohortPdfInput {
  catalogue: Catalogue;
  cohort: Cohort;
  /** The learners, points and gaps the filters show; without it, the whole cohort. */
  view?: CohortView;
  /** The filter in words (describeFilter), printed under the title. */
  filterNote?: string;
  /** When it was made (ISO): printed, and the file's creation date. */
  generatedAt: string;
  title?: string;
}

/** A table cell: its words, and whether the learner still lacks the point (drawn on a tinted ground). */
export interface StatusCell {
  text: string;
  tone: 'lacking' | 'met' | 'plain';
}

export interface CohortRankingRow {
  rank: string;
  pointId: string;
  unit: string;
  text: string;
  lacking: string;
  noEvidence: string;
  notYetMet: string;
}

/** One page's worth of a unit's columns (a unit with more points than fit a page is split). */
export interface CohortUnitTable {
  /** "Marking points 1–6 of 9", when the unit is split. */
  note?: string;
  head: string[];
  rows: { learner: string; progress: string; cells: StatusCell[] }[];
}

export interface CohortUnitPage {
  heading: string;
  anchor: string;
  intro: string;
  /** "EXT-1: text of the point", one line each. */
  points: string[];
  tables: CohortUnitTable[];
}

/** The cohort PDF as plain data: every word, in order; the renderer only lays it out. */
export interface CohortPdfModel extends Pick<PdfModel, 'meta' | 'file' | 'header' | 'footer'> {
  title: string;
  /** Under the title: the cohort's size, when it was made, the filter. */
  summary: string[];
  ranking: { heading: string; anchor: string; intro: string; top: string[]; head: string[]; rows: CohortRankingRow[] };
  legend: { heading: string; entries: string[] };
  units: CohortUnitPage[];
  learners: { heading: string; anchor: string; intro: string; head: string[]; rows: string[][] };
  empty?: string;
}
