import { createBrowserRouter, RouterProvider } from 'react-router';
import { DatabaseStatusMessage } from './database-status-message';
import { routes } from './routes';
import { UpdatePrompt } from './update-prompt';

const router = createBrowserRouter(routes);

/**
 * The app-wide messages sit outside the router, so they stay on screen even when a page fails
 * because its database was closed under it.
 */
export function App() {
  return (
    <>
      <DatabaseStatusMessage />
      <UpdatePrompt />
      <RouterProvider router={router} />
    </>
  );
}
