import { useCallback, useEffect, useRef, useState } from 'react';
import { clock, readSnapshot } from '../../db';
import { encodeFolio } from '../../domain/portfolio-file';
import { appVersion } from './app-version';
import { saveBytes } from './download';
import { folioFileName } from './file-names';

export type FolioExportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'packing'; attachments: number }
  | { phase: 'ready'; url: string; fileName: string; size: number }
  | { phase: 'failed'; message: string };

/** Lets the progress bar paint before a long synchronous step starts. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Packs the whole portfolio, attachments and all, into a .folio file and downloads it. */
export function useFolioExport(portfolioId: string) {
  const [state, setState] = useState<FolioExportState>({ phase: 'idle' });
  const url = useRef<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (url.current) URL.revokeObjectURL(url.current);
    };
  }, []);

  const download = useCallback(async () => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
    setState({ phase: 'reading' });
    try {
      const snapshot = await readSnapshot(portfolioId);
      if (!mounted.current) return;
      if (!snapshot) {
        setState({ phase: 'failed', message: 'This portfolio is no longer on this device, so there is nothing to export.' });
        return;
      }
      setState({ phase: 'packing', attachments: snapshot.attachments.length });
      await nextFrame();
      const now = clock.now();
      const bytes = await encodeFolio(snapshot, { appVersion, now });
      if (!mounted.current) return;
      const fileName = folioFileName(snapshot.portfolio.learnerName, now);
      url.current = saveBytes(bytes, fileName, 'application/octet-stream');
      setState({ phase: 'ready', url: url.current, fileName, size: bytes.length });
    } catch (e) {
      const detail = (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
      if (mounted.current) setState({ phase: 'failed', message: `The portfolio file could not be made: ${detail}. Nothing was saved.` });
    }
  }, [portfolioId]);

  return { state, download };
}
