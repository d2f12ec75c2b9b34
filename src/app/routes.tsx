import type { RouteObject } from 'react-router';
import { DashboardPage } from '../features/dashboard';
import { NotFound } from './not-found';
import { PortfolioLayout } from './portfolio-layout';
import { RootLayout } from './root-layout';
import { screens } from './screens';

/**
 * Every screen of the app. Tests render these same routes in a memory router.
 *
 * The shell and the dashboard come with the page; every other screen is its own chunk, loaded by the
 * router when first visited (and fetched ahead on idle: see preload-screens.ts), so the first screen
 * waits for none of them.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    // Shown only while the first screen's chunk loads on opening the app at a lazy screen.
    hydrateFallbackElement: <p role="status">Loading…</p>,
    children: [
      { index: true, lazy: screens.home },
      { path: 'import', lazy: screens.import },
      { path: 'you', lazy: screens.you },
      { path: 'queue', lazy: screens.queue },
      { path: 'cohort/load', lazy: screens.cohortLoad },
      { path: 'cohort', lazy: screens.cohort },
      { path: 'portfolios', lazy: screens.portfolios },
      { path: 'iqa', lazy: screens.iqaRounds },
      { path: 'iqa/:roundId', lazy: screens.iqaRound },
      {
        path: 'p/:portfolioId',
        element: <PortfolioLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'evidence', lazy: screens.evidenceList },
          { path: 'evidence/new', lazy: screens.evidenceEditor },
          { path: 'evidence/:evidenceId', lazy: screens.evidenceEditor },
          { path: 'evidence/:evidenceId/history', lazy: screens.evidenceHistory },
          { path: 'units', lazy: screens.units },
          { path: 'units/:unitId', lazy: screens.unit },
          { path: 'points/:pointId', lazy: screens.markingPoint },
          { path: 'coverage', lazy: screens.coverage },
          { path: 'cycles', lazy: screens.cycles },
          { path: 'assess/:unitId', lazy: screens.assess },
          { path: 'export', lazy: screens.export },
          { path: 'settings', lazy: screens.settings },
          { path: 'audit', lazy: screens.audit },
          { path: '*', element: <NotFound /> },
        ],
      },
      { path: '*', element: <NotFound standalone /> },
    ],
  },
];
