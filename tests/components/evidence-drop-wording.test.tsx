import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPortfolioAt } from './support/evidence-editor';

/** A stand-in for the browser's media query, answering for a mouse (true) or a touch screen (false), and able to change. */
function stubPointer(canHover: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    get matches() {
      return canHover;
    },
    media: '',
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  const matchMedia = vi.fn((query: string) => ({ ...list, media: query, matches: list.matches }));
  vi.stubGlobal('matchMedia', matchMedia);
  return {
    matchMedia,
    change(next: boolean) {
      canHover = next;
      for (const l of listeners) l();
    },
  };
}

async function filesRegion() {
  await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
  await screen.findByLabelText('Choose files or take a photo');
  return screen.getByRole('region', { name: 'Files and photos' });
}

describe('the files section’s wording', { timeout: 20_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('invites dragging with a mouse that can hover', async () => {
    const pointer = stubPointer(true);
    const region = await filesRegion();
    expect(pointer.matchMedia).toHaveBeenCalledWith('(hover: hover) and (pointer: fine)');
    expect(within(region).getByText('Drag files here, or')).toBeInTheDocument();
    expect(region.querySelector('.dropzone')).not.toHaveClass('dropzone--no-drag');
  });

  it('offers only the button on a touch screen, and the drag wording once a mouse arrives', async () => {
    const pointer = stubPointer(false);
    const region = await filesRegion();
    expect(within(region).queryByText(/Drag files here/)).toBeNull();
    expect(within(region).getByText('Choose files or take a photo')).toBeInTheDocument();
    expect(region.querySelector('.dropzone')).toHaveClass('dropzone--no-drag');

    act(() => pointer.change(true));
    expect(within(region).getByText('Drag files here, or')).toBeInTheDocument();
  });
});
