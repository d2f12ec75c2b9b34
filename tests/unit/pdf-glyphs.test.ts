import { describe, expect, it } from 'vitest';
import { supportedCodePoints } from '../../src/pdf/render/font-cmap';
import { loadFontNode } from '../../src/pdf/render/font-node';
import { makeSanitiser } from '../../src/pdf/render/glyphs';
import { UNICODE_SAMPLES } from './pdf-helpers';

const fonts = await loadFontNode();
const regular = supportedCodePoints(fonts.regular as Uint8Array);

describe('the embedded font’s characters', () => {
  it('covers what a UK learner types', () => {
    const missing = [...UNICODE_SAMPLES.join(''), '✓', '…', '·', '�'].filter((ch) => !regular.has(ch.codePointAt(0) ?? 0));
    expect(missing).toEqual([]);
  });

  it('knows what it lacks', () => {
    expect(regular.has('漢'.codePointAt(0) ?? 0)).toBe(false);
    expect(regular.size).toBeGreaterThan(2000);
  });
});

describe('makeSanitiser', () => {
  const sanitise = makeSanitiser(regular);

  it('leaves text the font can draw alone', () => {
    for (const s of UNICODE_SAMPLES) expect(sanitise(s)).toBe(s);
  });

  it('replaces a character the font lacks with a visible replacement character', () => {
    expect(sanitise('Name: 漢字 Lee')).toBe('Name: �� Lee');
    // Beyond the BMP: one replacement per character, not two halves of garbage.
    expect(sanitise('Great service 😀!')).toBe('Great service �!');
  });

  it('falls back to a question mark when the font has no replacement character either', () => {
    const latinOnly = makeSanitiser(new Set(Array.from({ length: 95 }, (_, i) => i + 32)));
    expect(latinOnly('Zoë')).toBe('Zo?');
  });

  it('composes accents typed as separate marks, and tidies line breaks, tabs and control characters', () => {
    expect(sanitise('Zoe\u0308')).toBe('Zoë');
    expect(sanitise('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(sanitise('a\tb')).toBe('a    b');
    expect(sanitise('bell\u0007 here\u0000')).toBe('bell here');
  });
});
