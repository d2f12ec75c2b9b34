import { describe, expect, it, vi } from 'vitest';
import { readFileBytes } from '../../src/ui/folio-check/read-file';

describe('reading a chosen file', () => {
  it('refuses a file over the limit from its size alone, reading nothing', async () => {
    const file = new Blob([new Uint8Array(2048)]);
    const slice = vi.spyOn(file, 'slice');
    const outcome = await readFileBytes(file, { maxBytes: 1024 });
    expect(outcome).toEqual({ ok: false, message: 'This file is too large to import: it is 2.0 KB and the limit is 1.0 KB.' });
    expect(slice).not.toHaveBeenCalled();
  });

  it('reads the whole file in slices and reports progress up to its size', async () => {
    const data = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) % 256);
    const progress: [number, number][] = [];
    const outcome = await readFileBytes(new Blob([data]), { maxBytes: 20_000, chunkBytes: 4096, onProgress: (l, t) => progress.push([l, t]) });
    expect(outcome.ok && outcome.bytes).toEqual(data);
    expect(progress).toEqual([
      [4096, 10_000],
      [8192, 10_000],
      [10_000, 10_000],
    ]);
  });

  it('says so when the file cannot be read any more', async () => {
    const file = new Blob([new Uint8Array(10)]);
    vi.spyOn(file, 'slice').mockImplementation(() => {
      throw new DOMException('The file was moved', 'NotReadableError');
    });
    const outcome = await readFileBytes(file, { maxBytes: 100 });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/could not be read \(The file was moved\)/);
  });
});
