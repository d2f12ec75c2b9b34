import type { ComponentType } from 'react';

/** A screen loaded on demand, in the shape a route's `lazy` returns. */
type LazyScreen = () => Promise<{ Component: ComponentType }>;

/**
 * zod is not in the first screen's JavaScript: it arrives with the screens that validate. Its
 * `jitless` setting (src/domain/zod-jitless.ts) must be in place before any of them parses, so every
 * screen's loader imports it first; it costs nothing once zod is loaded.
 */
async function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): Promise<{ Component: ComponentType }> {
  await import('../domain/zod-jitless');
  return { Component: pick(await load()) };
}

/**
 * The screens that load on demand, one chunk per feature. zod, react-hook-form and fflate come
 * with the screens that use them, never with the first screen. The dashboard is not here: it comes
 * with the page, with the shell.
 */
export const screens = {
  home: () => screen(() => import('./role-home'), (m) => m.RoleHome),
  you: () => screen(() => import('../features/you'), (m) => m.YouPage),
  import: () => screen(() => import('../features/export'), (m) => m.ImportPage),
  evidenceList: () => screen(() => import('../features/evidence'), (m) => m.EvidenceListPage),
  evidenceEditor: () => screen(() => import('../features/evidence'), (m) => m.EvidenceEditorPage),
  evidenceHistory: () => screen(() => import('../features/evidence'), (m) => m.EvidenceHistoryPage),
  units: () => screen(() => import('../features/units'), (m) => m.UnitsPage),
  unit: () => screen(() => import('../features/units'), (m) => m.UnitPage),
  markingPoint: () => screen(() => import('../features/units'), (m) => m.MarkingPointPage),
  coverage: () => screen(() => import('../features/coverage'), (m) => m.CoveragePage),
  cycles: () => screen(() => import('../features/cycles'), (m) => m.CyclesPage),
  export: () => screen(() => import('../features/export'), (m) => m.ExportPage),
  settings: () => screen(() => import('../features/settings'), (m) => m.SettingsPage),
  audit: () => screen(() => import('../features/audit'), (m) => m.AuditPage),
  queue: () => screen(() => import('../features/assess'), (m) => m.QueuePage),
  assess: () => screen(() => import('../features/assess'), (m) => m.AssessPage),
  cohortLoad: () => screen(() => import('../features/cohort-load'), (m) => m.CohortLoadPage),
  cohort: () => screen(() => import('../features/cohort'), (m) => m.CohortPage),
  portfolios: () => screen(() => import('../features/setup'), (m) => m.PortfoliosPage),
  iqaRounds: () => screen(() => import('../features/iqa'), (m) => m.IqaRoundsPage),
  iqaRound: () => screen(() => import('../features/iqa'), (m) => m.IqaRoundPage),
} satisfies Record<string, LazyScreen>;
