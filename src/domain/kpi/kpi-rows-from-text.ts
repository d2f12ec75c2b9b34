import { parseKpiNumber } from './kpi-number';

/** A row read from text: what could be read; every figure it could not find is left for the learner. */
export interface ProposedKpiRow {
  measure: string;
  unit: string;
  baseline?: number;
  target?: number;
  result?: number;
}

export interface KpiTextReading {
  rows: ProposedKpiRow[];
  /** The parts of the text that named no measure with a figure, as written (trimmed). */
  unread: string[];
}

type Slot = 'baseline' | 'target' | 'result';

/*
 * How a report written as text says which figure is which. A word before the figure ("down from 14",
 * "target under 5", "to 4.5") or after it ("61% before, 78% after"). A figure with no such word is the
 * actual result, which is what the old field asked for ("KPIs, targets and actual results").
 */
const SLOT_OF: Record<string, Slot> = {
  from: 'baseline',
  baseline: 'baseline',
  before: 'baseline',
  was: 'baseline',
  previously: 'baseline',
  target: 'target',
  aim: 'target',
  goal: 'target',
  result: 'result',
  actual: 'result',
  after: 'result',
  now: 'result',
  to: 'result',
};

// Every pattern below runs on a short slice (a segment, or a few characters either side of a figure)
// and has no nested quantifiers, so reading is linear in the text.
const FIGURE = /[+-]?\d[\d,]*(?:\.\d+)?/g;
const LABEL_BEFORE =
  /\b(from|baseline|before|was|previously|target|aim|goal|result|actual|after|now|to)\b(?:\s+(?:of|under|over|below|above|at least|at most|less than|more than|around|about|is|was))?\s*[:=]?\s*[£$€]?$/i;
const LABEL_AFTER = /^\s*(%)?\s*([a-z]+\s+)?\b(before|after|baseline|target)\b/i;
const ENDS_FIGURE = /^\s*(%)?\s*(?:$|[(),;.])/;
const UNIT_IN_MEASURE = /\s*\(([^()]{1,20})\)\s*$/;
const TRAILING_LINK_WORDS = /(?:[\s:=–—-]|\b(?:down|up|fell|rose|went|dropped|increased|reduced|improved|from|was|is|at|of|baseline|before|target|result|actual|now)\b)+$/i;
/** A segment longer than this is prose, not a KPI line: it is left as text. */
const SEGMENT_MAX = 300;
/** How far either side of a figure its label is looked for. */
const REACH = 30;

interface Figure {
  value: number;
  start: number;
  slot: Slot | undefined;
  unit: string;
}

function figuresOf(segment: string): Figure[] {
  const out: Figure[] = [];
  for (const m of segment.matchAll(FIGURE)) {
    const start = m.index;
    const text = m[0];
    // "E004" or "24/7" is not a figure: a digit glued to a letter or a slash belongs to a word.
    const prev = segment[start - 1] ?? ' ';
    if (/[\p{L}/]/u.test(prev)) continue;
    const value = parseKpiNumber(text.replace(/,$/, ''));
    if (value === undefined) continue;
    const end = start + text.replace(/,$/, '').length;
    const before = segment.slice(Math.max(0, start - REACH), start);
    const after = segment.slice(end, end + REACH);
    const labelBefore = LABEL_BEFORE.exec(before);
    const labelAfter = LABEL_AFTER.exec(after);
    const ends = ENDS_FIGURE.exec(after);
    if (labelBefore) {
      out.push({ value, start, slot: SLOT_OF[labelBefore[1]?.toLowerCase() ?? ''], unit: /^\s*%/.test(after) ? '%' : '' });
    } else if (labelAfter) {
      out.push({ value, start, slot: SLOT_OF[labelAfter[3]?.toLowerCase() ?? ''], unit: labelAfter[1] ? '%' : (labelAfter[2] ?? '').trim() });
    } else if (ends) {
      out.push({ value, start, slot: undefined, unit: ends[1] ? '%' : '' });
    }
    // Anything else ("within 24 hours", "per 1,000 accounts") is part of the measure's name.
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function readSegment(segment: string): ProposedKpiRow | undefined {
  const colon = segment.indexOf(':');
  const figures = figuresOf(segment).filter((f) => colon < 0 || f.start > colon);
  const first = figures[0];
  if (!first) return undefined;
  let measure = (colon >= 0 && colon < first.start ? segment.slice(0, colon) : segment.slice(0, first.start)).trim();
  let unit = '';
  const inBrackets = UNIT_IN_MEASURE.exec(measure);
  if (inBrackets) {
    unit = (inBrackets[1] ?? '').trim();
    measure = measure.slice(0, inBrackets.index);
  }
  measure = measure.replace(TRAILING_LINK_WORDS, '').trim();
  if (measure === '') return undefined;
  const row: ProposedKpiRow = { measure: capitalise(measure), unit: unit || (figures.find((f) => f.unit !== '')?.unit ?? '') };
  for (const f of figures) {
    // The first figure for a slot wins; an unlabelled one fills the result only when nothing else did.
    const slot = f.slot ?? 'result';
    if (row[slot] === undefined && (f.slot !== undefined || !figures.some((g) => g.slot === 'result'))) row[slot] = f.value;
  }
  return row;
}

/**
 * Reads a performance report's KPIs written as text ("Call-back complaints 3 (down from 14); call-backs
 * within 1 day 97% (target 95%)") into proposed rows, one per line or ";"-separated part that names a
 * measure and gives at least one figure. What it cannot read is returned as it was, never dropped; the
 * proposal changes nothing until the learner checks it and saves.
 */
export function readKpiText(text: string): KpiTextReading {
  const rows: ProposedKpiRow[] = [];
  const unread: string[] = [];
  for (const raw of text.split(/;|\n|\.\s+(?=\p{Lu})/u)) {
    const segment = raw.trim().replace(/\.$/, '');
    if (segment === '') continue;
    const row = segment.length <= SEGMENT_MAX ? readSegment(segment) : undefined;
    if (row) rows.push(row);
    else unread.push(segment);
  }
  return { rows, unread };
}
