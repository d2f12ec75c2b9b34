import { render } from '@testing-library/react';
import userEvent, { type Options, type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../../src/app/routes';
import { FolioDatabase, setDatabase } from '../../../src/db';

// jsdom does not scroll; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => undefined;

export type { UserEvent };

/** A new, empty in-memory database, so that no test sees another's rows. */
export function freshDatabase(): void {
  setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
}

/** The app's real routes in a memory router opened at `path`, and a user to drive them. */
export function renderAt(path: string, userOptions?: Options) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<RouterProvider router={router} />);
  const user = userEvent.setup(userOptions);
  return { router, user, view };
}
