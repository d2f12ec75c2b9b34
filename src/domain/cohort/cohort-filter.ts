import type { Catalogue } from '../../catalogue/schema';
import { statusLabels, type CoverageStatus } from '../coverage';
import { gapsOf, sameName, type Cohort, type CohortLearner, type PointGap } from './cohort';

/** What the tutor narrows the cohort to; every part optional. Kept in the page's URL. */
export interface CohortFilter {
  unit?: string;
  status?: CoverageStatus;
  assessor?: string;
  group?: string;
}

export interface CohortView {
  learners: CohortLearner[];
  /** The marking points shown, in catalogue order. */
  pointIds: string[];
  /** The shared gaps over the learners and points shown. */
  gaps: PointGap[];
}

const FILTER_KEYS = ['unit', 'status', 'assessor', 'group'] as const;

const isStatus = (value: string): value is CoverageStatus => Object.hasOwn(statusLabels, value);

/**
 * The filter a URL asks for. A unit or status this catalogue does not have is dropped (a link from an
 * older version, or typed by hand), so the page shows everything rather than nothing.
 */
export function filterFromSearch(params: URLSearchParams, catalogue: Catalogue): CohortFilter {
  const filter: CohortFilter = {};
  const unit = params.get('unit');
  if (unit && catalogue.units.some((u) => u.id === unit)) filter.unit = unit;
  const status = params.get('status');
  if (status && isStatus(status)) filter.status = status;
  const assessor = params.get('assessor')?.trim();
  if (assessor) filter.assessor = assessor;
  const group = params.get('group')?.trim();
  if (group) filter.group = group;
  return filter;
}

/** The filter written into `params` (other parameters, a sort say, are kept). */
export function filterToSearch(filter: CohortFilter, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export function isFiltered(filter: CohortFilter): boolean {
  return FILTER_KEYS.some((key) => filter[key] !== undefined);
}

/**
 * The learners and marking points the filter leaves. Unit narrows the points; assessor keeps learners
 * whose portfolio names that assessor or who have a decision by them; group keeps the learners the tutor
 * labelled so; status keeps learners with at least one shown point in that status. The shared gaps are
 * counted over what is left.
 */
export function filterCohort(cohort: Cohort, filter: CohortFilter, catalogue: Catalogue): CohortView {
  const units = filter.unit ? catalogue.units.filter((u) => u.id === filter.unit) : catalogue.units;
  const pointIds = units.flatMap((u) => u.markingPoints.map((p) => p.id));
  const learners = cohort.learners.filter((l) => {
    const { assessor, group, status } = filter;
    if (assessor && !sameName(l.assessorName, assessor) && !l.decisionAssessors.some((a) => sameName(a, assessor))) return false;
    if (group && !(l.group && sameName(l.group, group))) return false;
    if (status && !pointIds.some((id) => (l.statuses.get(id) ?? 'none') === status)) return false;
    return true;
  });
  return { learners, pointIds, gaps: gapsOf(catalogue, learners, new Set(pointIds)) };
}

/** The filter in words, for a heading, the CSV's file and the PDF: "Unit 2 · Not yet met · assessor Morgan Ellis". */
export function describeFilter(filter: CohortFilter, catalogue: Catalogue): string {
  const parts: string[] = [];
  if (filter.unit) {
    const unit = catalogue.units.find((u) => u.id === filter.unit);
    parts.push(unit ? `Unit ${unit.number}: ${unit.title}` : `Unit ${filter.unit}`);
  }
  if (filter.status) parts.push(`learners with a point “${statusLabels[filter.status]}”`);
  if (filter.assessor) parts.push(`assessor ${filter.assessor}`);
  if (filter.group) parts.push(`group ${filter.group}`);
  return parts.length === 0 ? 'Every learner and marking point' : parts.join(' · ');
}
