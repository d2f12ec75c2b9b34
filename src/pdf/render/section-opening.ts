import { startOnNewPage, type Ctx } from './context';
import type { Section } from '../model/types';
import { heading, paragraph } from './text';
import { COLOUR } from './theme';

/** A top-level section from a fresh page: its heading (an anchor for contents and bookmarks) and its muted intro. */
export function openSection(ctx: Ctx, section: Section, intro: string): void {
  startOnNewPage(ctx);
  heading(ctx, section.heading, 1, { anchor: section.anchor });
  paragraph(ctx, intro, { colour: COLOUR.muted, after: 3 });
}
