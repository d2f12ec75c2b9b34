import { render } from '@testing-library/react';
import userEvent, { type Options, type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { routes } from '../../../src/app/routes';
import { FolioDatabase, setDatabase } from '../../../src/db';

// jsdom does not scroll; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => undefined;

export type { UserEvent };

/**
 * The app's routes with every lazy screen already loaded, as a visited screen is in the app: tests
 * query a screen as soon as it renders, not a loading line first. The browser tests (tests/e2e)
 * load the screens lazily, as users do.
 */
async function loaded(route: RouteObject): Promise<RouteObject> {
  const screen = typeof route.lazy === 'function' ? await route.lazy() : {};
  const children = route.children ? await Promise.all(route.children.map(loaded)) : undefined;
  return Object.assign({}, route, { ...screen, lazy: undefined }, children ? { children } : {});
}
const appRoutes = await Promise.all(routes.map(loaded));

/** A new, empty in-memory database, so that no test sees another's rows. */
export function freshDatabase(): void {
  setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
}

/** The app's real routes in a memory router opened at `path`, and a user to drive them. */
export function renderAt(path: string, userOptions?: Options) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const view = render(<RouterProvider router={router} />);
  const user = userEvent.setup(userOptions);
  return { router, user, view };
}
