import { statusLabels, type CoverageStatus } from '../../domain/coverage';

/**
 * A status as a narrow table cell prints it: a symbol and a short word, so a cell reads the same on a
 * black-and-white printout (the legend on each page gives the full words).
 */
export const statusMarks: Record<CoverageStatus, { symbol: string; word: string }> = {
  none: { symbol: '○', word: 'No evidence' },
  evidenced: { symbol: '◔', word: 'Evidenced' },
  ready: { symbol: '▷', word: 'Ready' },
  met: { symbol: '✓', word: 'Met' },
  'partially-met': { symbol: '◐', word: 'Partly met' },
  'not-yet-met': { symbol: '✗', word: 'Not yet met' },
  stale: { symbol: '⚠', word: 'Changed' },
};

const LEGEND_ORDER: readonly CoverageStatus[] = ['none', 'evidenced', 'ready', 'met', 'partially-met', 'not-yet-met', 'stale'];

export const statusMark = (status: CoverageStatus): string => `${statusMarks[status].symbol} ${statusMarks[status].word}`;

/** The legend: every status's mark, and its full words where the cell shortens them. */
export function statusLegend(): string[] {
  return LEGEND_ORDER.map((status) => {
    const m = statusMarks[status];
    const full = statusLabels[status];
    return m.word === full ? `${m.symbol} ${full}` : `${m.symbol} ${m.word} (${full.toLowerCase()})`;
  });
}
