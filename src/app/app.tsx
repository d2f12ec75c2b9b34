import { createBrowserRouter, RouterProvider } from 'react-router';
import { useDatabaseStatus } from '../db';
import { DatabaseStatusMessage } from './database-status-message';
import { NewerDatabasePage } from './newer-database-page';
import { routes } from './routes';
import { UpdatePrompt } from './update-prompt';

const router = createBrowserRouter(routes);

/**
 * The app-wide messages sit outside the router, so they stay on screen whatever the page does.
 * A database newer than this code replaces the pages altogether.
 */
export function App() {
  const status = useDatabaseStatus();
  return (
    <>
      <DatabaseStatusMessage />
      <UpdatePrompt />
      {status === 'newer' ? <NewerDatabasePage /> : <RouterProvider router={router} />}
    </>
  );
}
