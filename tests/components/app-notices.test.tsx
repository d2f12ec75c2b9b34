import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DatabaseStatusMessage } from '../../src/app/database-status-message';
import { db, FolioDatabase, setDatabase } from '../../src/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1 } from '../../src/db/schema-versions';
import { hasUnsavedWork } from '../../src/ui/unsaved-work';
import { paste, renderPortfolioAt } from './support/evidence-editor';

function createNewerDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, (CURRENT_SCHEMA_VERSION + 1) * 10);
    request.onupgradeneeded = () => {
      for (const store of Object.keys(SCHEMA_V1)) request.result.createObjectStore(store, { keyPath: store === 'meta' ? 'key' : 'id' });
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const storageNotice = () => screen.findByRole('complementary', { name: 'Folio’s storage' });

describe('the database message', () => {
  it('asks to reload, with the Reload button focused, when the data was saved by a newer Folio', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    await createNewerDatabase(name);
    setDatabase(new FolioDatabase(name));
    render(<DatabaseStatusMessage />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await expect(db().portfolios.toArray()).rejects.toThrow();
    const notice = await storageNotice();
    expect(within(notice).getByRole('alert')).toHaveTextContent('This portfolio data was saved by a newer version of Folio. Reload to get the newest version.');
    expect(within(notice).getByRole('button', { name: 'Reload' })).toHaveFocus();
  });

  it('asks to reload when another tab upgrades the database', async () => {
    const name = `tabs-${crypto.randomUUID()}`;
    setDatabase(new FolioDatabase(name));
    await db().open();
    render(<DatabaseStatusMessage />);

    const next = new FolioDatabase(name);
    next.version(CURRENT_SCHEMA_VERSION + 1).stores({ nextTable: 'id' });
    await next.open();
    const notice = await storageNotice();
    expect(within(notice).getByRole('alert')).toHaveTextContent('Folio was updated in another tab, so this tab can no longer save. Reload to get the newest version.');
    expect(within(notice).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    next.close();
  });

  it('asks to close the other tabs while an upgrade is blocked, then goes', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    const older = new FolioDatabase(name);
    await older.open();
    // An older tab that ignores the request to close.
    older.on('versionchange', () => false);
    const next = new FolioDatabase(name);
    next.version(CURRENT_SCHEMA_VERSION + 1).stores({ nextTable: 'id' });
    setDatabase(next);
    render(<DatabaseStatusMessage />);

    const opening = next.open();
    const notice = await storageNotice();
    expect(within(notice).getByRole('alert')).toHaveTextContent('another Folio tab is still open. Close the other Folio tabs to carry on.');
    expect(within(notice).queryByRole('button')).not.toBeInTheDocument();
    older.close();
    await opening;
    await expect.poll(() => screen.queryByRole('complementary', { name: 'Folio’s storage' })).toBeNull();
    next.close();
  });
});

describe('unsaved work, as the new-version prompt sees it', () => {
  it('counts the evidence editor’s unsaved changes while the editor is open', async () => {
    const { user, view } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByLabelText(/^Title/);
    expect(hasUnsavedWork()).toBe(false);
    await paste(user, screen.getByLabelText(/^Title/), 'Half-written complaint');
    expect(hasUnsavedWork()).toBe(true);
    view.unmount();
    expect(hasUnsavedWork()).toBe(false);
  });
});
