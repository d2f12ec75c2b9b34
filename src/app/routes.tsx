import type { RouteObject } from 'react-router';
import { CoveragePage } from '../features/coverage';
import { DashboardPage } from '../features/dashboard';
import { EvidenceEditorPage, EvidenceListPage } from '../features/evidence';
import { ExportPage, ImportPage } from '../features/export';
import { SettingsPage } from '../features/settings';
import { HomePage } from '../features/setup';
import { MarkingPointPage, UnitPage, UnitsPage } from '../features/units';
import { NotFound } from './not-found';
import { PortfolioLayout } from './portfolio-layout';
import { RootLayout } from './root-layout';

/** Every screen of the app. Tests render these same routes in a memory router. */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'import', element: <ImportPage /> },
      {
        path: 'p/:portfolioId',
        element: <PortfolioLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'evidence', element: <EvidenceListPage /> },
          { path: 'evidence/new', element: <EvidenceEditorPage /> },
          { path: 'evidence/:evidenceId', element: <EvidenceEditorPage /> },
          { path: 'units', element: <UnitsPage /> },
          { path: 'units/:unitId', element: <UnitPage /> },
          { path: 'points/:pointId', element: <MarkingPointPage /> },
          { path: 'coverage', element: <CoveragePage /> },
          { path: 'export', element: <ExportPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
      { path: '*', element: <NotFound standalone /> },
    ],
  },
];
