import { useCallback, useEffect, useRef, useState } from 'react';
import { clock, markSent, readSnapshot } from '../../db';
// From its own module, not the db index: signing comes with the Export page, not with the first screen.
import { declareForExport } from '../../db/declaration';
import { appVersion } from '../../domain/app-version';
import { errorClause } from '../../domain/error-detail';
import { encodeFolio } from '../../domain/portfolio-file';
import { nextFrame } from '../../platform/next-frame';
import type { PortfolioSnapshot } from '../../domain/snapshot';
import { saveBytes } from './download';
import type { PreparedExport } from './use-export-privacy';
import { folioFileName } from './file-names';

export type FolioExportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'packing'; attachments: number }
  | { phase: 'ready'; url: string; fileName: string; size: number; masked: number | undefined }
  | { phase: 'failed'; message: string };

/**
 * Packs the whole portfolio, attachments and all, into a .folio file and downloads it. A learner's
 * export first signs their declaration of authenticity over what it sends; every export notes when
 * the device last sent the portfolio, so that records made after it count as not yet sent.
 */
export function useFolioExport(portfolioId: string, prepare?: (snapshot: PortfolioSnapshot) => PreparedExport) {
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
      await declareForExport(portfolioId);
      // Taken before reading, so that nothing made while the file is packed counts as sent.
      const readAt = clock.now();
      const snapshot = await readSnapshot(portfolioId);
      if (!mounted.current) return;
      if (!snapshot) {
        setState({ phase: 'failed', message: 'This portfolio is no longer on this device, so there is nothing to export.' });
        return;
      }
      setState({ phase: 'packing', attachments: snapshot.attachments.length });
      // Let the progress bar paint before the long synchronous packing starts.
      await nextFrame();
      const now = clock.now();
      // The privacy check's copy: masks in place of what the learner chose to redact, stored hashes kept.
      const prepared = prepare ? prepare(snapshot) : { snapshot, redacted: false, privacy: undefined };
      const bytes = await encodeFolio(prepared.snapshot, { appVersion, now, redacted: prepared.redacted });
      await markSent(portfolioId, readAt);
      if (!mounted.current) return;
      const fileName = folioFileName(snapshot.portfolio.learnerName, now);
      url.current = saveBytes(bytes, fileName, 'application/octet-stream');
      setState({ phase: 'ready', url: url.current, fileName, size: bytes.length, masked: prepared.privacy?.masked });
    } catch (e) {
      if (mounted.current) setState({ phase: 'failed', message: `The portfolio file could not be made: ${errorClause(e)}. Nothing was saved.` });
    }
  }, [portfolioId, prepare]);

  return { state, download };
}
