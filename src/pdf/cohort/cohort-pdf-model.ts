import type { Unit } from '../../catalogue/schema';
import { rankGaps, sameName, type CohortLearner, type PointGap } from '../../domain/cohort/cohort';
import type { CohortView } from '../../domain/cohort/cohort-filter';
import { percent } from '../../domain/coverage';
import { plural } from '../../domain/plural';
import { formatDate, formatDateTime } from '../../domain/readable-dates';
import type { CohortPdfInput, CohortPdfModel, CohortUnitPage, CohortUnitTable, StatusCell } from './cohort-pdf-types';
import { statusLegend, statusMark } from './status-marks';

/** Status columns that fit an A4 portrait page beside the learner and progress columns, still readable. */
export const POINTS_PER_PAGE = 6;

const wholeCohort = (input: CohortPdfInput): CohortView =>
  input.view ?? {
    learners: input.cohort.learners,
    pointIds: input.catalogue.units.flatMap((u) => u.markingPoints.map((p) => p.id)),
    gaps: input.cohort.gaps,
  };

const outOf = (n: number, of: number) => `${n} of ${of} (${percent(n, of)} %)`;

function learnerLabel(l: CohortLearner): string {
  return l.learnerNumber ? `${l.learnerName}\n${l.learnerNumber}` : l.learnerName;
}

function cell(l: CohortLearner, pointId: string): StatusCell {
  const status = l.statuses.get(pointId) ?? 'none';
  const tone = status === 'none' || status === 'not-yet-met' ? 'lacking' : status === 'met' ? 'met' : 'plain';
  return { text: statusMark(status), tone };
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function unitPage(unit: Unit, view: CohortView, gaps: ReadonlyMap<string, PointGap>): CohortUnitPage {
  const shown = new Set(view.pointIds);
  const points = unit.markingPoints.filter((p) => shown.has(p.id));
  const groups = chunks(points, POINTS_PER_PAGE);
  const n = view.learners.length;
  // Met as the progress counts it (signed, verifying, current), not merely an outcome of "met".
  const allMet = view.learners.filter((l) => {
    const progress = l.units.find((u) => u.unitId === unit.id);
    return progress !== undefined && progress.total > 0 && progress.met === progress.total;
  }).length;
  const mostLacked = [...points].sort((a, b) => (gaps.get(b.id)?.lacking ?? 0) - (gaps.get(a.id)?.lacking ?? 0))[0];
  const lackedBy = mostLacked ? (gaps.get(mostLacked.id)?.lacking ?? 0) : 0;
  const intro = [
    `${plural(n, 'learner')}; ${allMet} ${allMet === 1 ? 'has' : 'have'} every point of this unit met.`,
    mostLacked && lackedBy > 0 ? `The point most lacked here is ${mostLacked.id}, by ${outOf(lackedBy, n)}.` : 'No learner lacks a point of this unit.',
  ].join(' ');
  const tables = groups.map((group, i): CohortUnitTable => {
    const first = i * POINTS_PER_PAGE + 1;
    return {
      ...(groups.length > 1 ? { note: `Marking points ${first}–${first + group.length - 1} of ${points.length}` } : {}),
      head: ['Learner', 'Unit progress', ...group.map((p) => p.id)],
      rows: view.learners.map((l) => {
        const progress = l.units.find((u) => u.unitId === unit.id);
        return {
          learner: learnerLabel(l),
          progress: progress ? `${progress.met} of ${progress.total} met\n${progress.evidenced} with evidence` : '',
          cells: group.map((p) => cell(l, p.id)),
        };
      }),
    };
  });
  return {
    heading: `Unit ${unit.number}: ${unit.title}`,
    anchor: `unit-${unit.id}`,
    intro,
    points: points.map((p) => `${p.id}: ${p.text}`),
    tables,
  };
}

/** Every word of the cohort PDF: the shared-gap ranking first, then a page per unit, then each learner's totals. */
export function buildCohortPdfModel(input: CohortPdfInput): CohortPdfModel {
  const { catalogue } = input;
  const view = wholeCohort(input);
  const n = view.learners.length;
  const title = input.title ?? 'Cohort report';
  const generated = formatDateTime(input.generatedAt);
  const ranked = rankGaps(view.gaps, 'lacking');
  const unitOf = new Map(catalogue.units.map((u) => [u.id, u]));
  const gapsById = new Map(view.gaps.map((g) => [g.pointId, g]));
  const topGaps = ranked.filter((g) => g.lacking > 0).slice(0, 3);
  const units = catalogue.units.filter((u) => u.markingPoints.some((p) => view.pointIds.includes(p.id)));

  return {
    meta: {
      title: `${title}: ${catalogue.title}`,
      author: 'Folio',
      subject: `The marking points a cohort of ${plural(n, 'learner')} still lacks, and each learner's status per unit`,
      creator: 'Folio',
      keywords: 'cohort, shared gaps, marking points',
    },
    file: { created: input.generatedAt, idSeed: `cohort|${input.generatedAt}|${view.learners.map((l) => l.portfolioId).join(',')}|${view.pointIds.join(',')}` },
    header: { left: title, right: catalogue.title },
    footer: { left: `${title} · generated ${generated}`, pageOf: 'Page {page} of {total}' },
    title,
    summary: [
      `${plural(n, 'learner')} · ${plural(view.pointIds.length, 'marking point')} · generated ${generated}`,
      `Showing: ${input.filterNote ?? 'Every learner and marking point'}`,
    ],
    ranking: {
      heading: 'The gaps learners share',
      anchor: 'ranking',
      intro:
        'Each marking point by how many learners lack it: no evidence yet, or an assessor’s “not yet met”. The points at the top are the ones to plan a class around.',
      top:
        topGaps.length === 0
          ? [n === 0 ? 'No learners to count.' : 'No learner lacks any marking point shown.']
          : topGaps.map((g, i) => `${i + 1}. ${g.pointId}, lacked by ${outOf(g.lacking, n)}: ${g.text}`),
      head: ['Rank', 'Point', 'Unit', 'Marking point', 'Learners lacking it', 'No evidence', 'Not yet met'],
      rows: ranked.map((g, i) => ({
        rank: String(i + 1),
        pointId: g.pointId,
        unit: String(unitOf.get(g.unitId)?.number ?? g.unitId),
        text: g.text,
        lacking: outOf(g.lacking, n),
        noEvidence: String(g.noEvidence),
        notYetMet: String(g.notYetMet),
      })),
    },
    legend: { heading: 'Key', entries: statusLegend() },
    units: n === 0 ? [] : units.map((u) => unitPage(u, view, gapsById)),
    learners: {
      heading: 'Each learner',
      anchor: 'learners',
      intro: 'Overall progress over every marking point of the qualification, the assessor, and the last thing saved or decided.',
      head: ['Learner', 'Group', 'Assessor', 'Met', 'With evidence', 'Last activity'],
      rows: view.learners.map((l) => [
        l.sharesNumberWith.length > 0 ? `${learnerLabel(l)}\nShares this learner number with ${plural(l.sharesNumberWith.length, 'other portfolio')}` : learnerLabel(l),
        l.group ?? '',
        [l.assessorName, ...l.decisionAssessors.filter((a) => !sameName(a, l.assessorName))].filter(Boolean).join('\n'),
        `${l.met} of ${l.total} (${percent(l.met, l.total)} %)`,
        `${l.evidenced} of ${l.total}`,
        l.lastActivity ? formatDate(l.lastActivity) : 'nothing yet',
      ]),
    },
    ...(n === 0 ? { empty: 'No learners match, so there is no unit page to print. Load learners’ files, or clear the filters.' } : {}),
  };
}
