import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AttachmentItem } from '../../src/features/evidence/attachment-item';
import { hostilePage, samplePng } from '../fixtures/attachment-samples';

/** Each object URL made, with the Blob it stands for, so a test can read the type a browser would get. */
const made = new Map<string, Blob>();
beforeEach(() => {
  made.clear();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${made.size}`;
    made.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
});

const blobOf = (url: string | null) => made.get(url ?? '');

describe('AttachmentItem hands the browser no active type', () => {
  it('downloads as application/octet-stream under the file name, even when the stored type is text/html', async () => {
    render(
      <ul>
        <AttachmentItem name="notes.html" size={hostilePage.length} blob={new Blob([hostilePage], { type: 'text/html' })} note="saved" download />
      </ul>,
    );
    const link = await screen.findByRole('link', { name: 'Download notes.html' });
    expect(link).toHaveAttribute('download', 'notes.html');
    expect(blobOf(link.getAttribute('href'))?.type).toBe('application/octet-stream');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('previews only bytes checked to be an image: never a web page stored as image/png', async () => {
    render(
      <ul>
        <AttachmentItem name="photo.png" size={hostilePage.length} blob={new Blob([hostilePage], { type: 'image/png' })} note="saved" download />
        <AttachmentItem name="log.png" size={8} blob={new Blob([samplePng()], { type: 'application/octet-stream' })} note="saved" download />
      </ul>,
    );
    const preview = await screen.findByRole('img', { name: 'Preview of log.png' });
    expect(blobOf(preview.getAttribute('src'))?.type).toBe('image/png');
    await screen.findByRole('link', { name: 'Download photo.png' });
    await waitFor(() => expect([...made.values()].filter((b) => b.type === 'image/png')).toHaveLength(1));
    expect(screen.queryByRole('img', { name: 'Preview of photo.png' })).not.toBeInTheDocument();
  });
});
