import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { listAttachments } from '../../src/db/attachments';
import { listVersions } from '../../src/db/versions';
import { sha256Hex } from '../../src/domain/hash';
import { objectUrls, paste, renderPortfolioAt } from './support/evidence-editor';
import type { UserEvent } from './support/render-app';

const MB = 1024 * 1024;

/** A file whose reported size is `size` without allocating it (the checks refuse it before reading). */
function sizedFile(name: string, type: string, size: number): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

async function fillMinimum(user: UserEvent) {
  await paste(user, screen.getByLabelText(/^Title/), 'Photo of the complaints log');
  await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'other');
  await user.click(screen.getByLabelText('External customers'));
  await paste(user, screen.getByLabelText(/^What the document is and shows/), 'The log page for March');
}

describe('evidence attachments', { timeout: 20_000 }, () => {
  it('refuses a video and a file over 10 MB with a message naming each, and adds nothing', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    const picker = await screen.findByLabelText('Choose files or take a photo');
    const region = screen.getByRole('region', { name: 'Files and photos' });

    await user.upload(picker, [new File(['movie'], 'holiday.mov', { type: 'video/quicktime' }), sizedFile('report.pdf', 'application/pdf', Math.round(14.2 * MB))]);
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('These 2 files were not added:');
    expect(alert).toHaveTextContent('holiday.mov is a video file; Folio accepts photos (JPEG, PNG, GIF, WebP, HEIC) and documents (PDF, Word');
    expect(alert).toHaveTextContent('report.pdf is 14.2 MB; the limit is 10 MB.');
    expect(within(region).queryByRole('list', { name: 'Attached files' })).not.toBeInTheDocument();
    expect(within(region).getByText('No files attached yet.')).toBeInTheDocument();
  });

  it('reads the bytes and refuses a web page renamed photo.png, naming the reason, and adds nothing', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    const picker = await screen.findByLabelText('Choose files or take a photo');
    const region = screen.getByRole('region', { name: 'Files and photos' });
    const page = new File(['<!DOCTYPE html><html><script>indexedDB.databases()</script></html>'], 'photo.png', { type: 'image/png' });
    const renamed = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'till.jpg', { type: 'image/jpeg' });

    await user.upload(picker, [page, renamed]);
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('These 2 files were not added:');
    expect(alert).toHaveTextContent('photo.png is really a web page (HTML), whatever its name says; web pages, SVG drawings and scripts can run code, so Folio never stores them.');
    expect(alert).toHaveTextContent('till.jpg is named as a JPEG photo, but its contents are not one.');
    expect(within(region).queryByRole('list', { name: 'Attached files' })).not.toBeInTheDocument();
    expect(within(region).getByText('No files attached yet.')).toBeInTheDocument();
  });

  it('lists an accepted photo with its size and a preview, lets it be removed, and saves it with the item', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    const picker = await screen.findByLabelText('Choose files or take a photo');
    const region = screen.getByRole('region', { name: 'Files and photos' });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'log.png', { type: 'image/png' });
    const notes = new File(['Call notes'], 'notes.txt', { type: 'text/plain' });

    await user.upload(picker, [png, notes]);
    const list = await within(region).findByRole('list', { name: 'Attached files' });
    expect(within(region).getByRole('status')).toHaveTextContent('Added log.png, notes.txt');
    expect(await within(list).findByRole('img', { name: 'Preview of log.png' })).toHaveAttribute('src', expect.stringMatching(/^blob:/));
    expect(within(list).getByText(/^8 bytes/)).toBeInTheDocument();
    expect(within(list).queryByRole('img', { name: 'Preview of notes.txt' })).not.toBeInTheDocument();

    // The same file again is refused as a duplicate; nothing else changes.
    await user.upload(picker, png);
    expect(await within(region).findByRole('alert')).toHaveTextContent('log.png is already attached to this item.');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    await user.click(within(list).getByRole('button', { name: 'Remove notes.txt' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    await fillMinimum(user);
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    expect(await screen.findByText('Saved E001: Photo of the complaints log')).toBeInTheDocument();
    expect(await screen.findByText('1 attachment')).toBeInTheDocument();
    // Stored bytes are checked in tests/unit/evidence-attachments-db.test.ts: jsdom's Blob does not survive fake-indexeddb.
    const rows = await db().attachments.toArray();
    expect(rows.map(({ name, type, size, sha256 }) => ({ name, type, size, sha256 }))).toEqual([
      { name: 'log.png', type: 'image/png', size: 8, sha256: await sha256Hex(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
    ]);
  });

  it('revokes preview URLs when the editor closes', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    const picker = await screen.findByLabelText('Choose files or take a photo');
    await user.upload(picker, new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])], 'till.jpg', { type: 'image/jpeg' }));
    const img = await screen.findByRole('img', { name: 'Preview of till.jpg' });
    const url = img.getAttribute('src');
    expect(objectUrls.revoke).not.toHaveBeenCalledWith(url);

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave without saving' }));
    await screen.findByRole('heading', { name: 'Evidence', level: 1 });
    await waitFor(() => expect(objectUrls.revoke).toHaveBeenCalledWith(url));
  });

  it('marks a stored attachment for removal and removes it on save', async () => {
    const { user, router, portfolioId } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await fillMinimum(user);
    await user.upload(await screen.findByLabelText('Choose files or take a photo'), new File(['a,b'], 'survey.csv', { type: 'text/csv' }));
    await screen.findByText('survey.csv', { selector: '.attachment__name' });
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    await screen.findByText('Saved E001: Photo of the complaints log');
    const [item] = await db().evidence.toArray();
    await router.navigate(`/p/${portfolioId}/evidence/${item?.id}`);

    const list = await screen.findByRole('list', { name: 'Attached files' });
    expect(within(list).getByText(/saved$/)).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Remove survey.csv' }));
    expect(within(list).getByText(/removed when you save$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    await screen.findByText('Saved E001: Photo of the complaints log');
    // Gone from the item as it is now, and kept for its first version, which had it.
    expect(await listAttachments(item?.id ?? '')).toEqual([]);
    const [first] = await listVersions(item?.id ?? '');
    expect(first?.attachments.map((a) => a.sha256)).toEqual([(await db().attachments.toArray())[0]?.sha256]);
  });
});
