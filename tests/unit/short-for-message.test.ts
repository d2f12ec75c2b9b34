import { beforeAll, describe, expect, it } from 'vitest';
import { showControlCharacters, stripControlCharacters } from '../../src/domain/control-characters';
import { generatePortfolio } from '../../src/samples/generate';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { shortForMessage } from '../../src/domain/short-for-message';
import { editFolio, refusedWith, rowsOf } from './folio-edit';

const huge = 'Ł'.repeat(59_990) + 'end-marker';

describe('shortForMessage', () => {
  it('leaves a readable name as it is', () => {
    expect(shortForMessage('refund-screen.png')).toBe('refund-screen.png');
    expect(shortForMessage('x'.repeat(80))).toBe('x'.repeat(80));
  });

  it('cuts a 60,000-character name to 80 characters, ending with an ellipsis', () => {
    const short = shortForMessage(huge);
    expect(Array.from(short)).toHaveLength(80);
    expect(short.endsWith('…')).toBe(true);
    expect(short).not.toContain('end-marker');
  });

  it('never splits a character made of two UTF-16 units', () => {
    const short = shortForMessage('😀'.repeat(100), 10);
    expect(short).toBe(`${'😀'.repeat(9)}…`);
  });

  it('makes control characters visible instead of passing them on', () => {
    expect(shortForMessage('red\u001b[31m\nname\t\u009b')).toBe('red\\x1b[31m\\nname\\t\\x9b');
    expect(showControlCharacters('a\u0000b\u007f')).toBe('a\\x00b\\x7f');
  });

  it('stripControlCharacters turns each run into one space', () => {
    expect(stripControlCharacters('\u0007Zoë\u001b[2J\r\n Brontë\u0000')).toBe('Zoë [2J Brontë');
  });
});

describe('a .folio refusal that echoes a 60,000-character name cuts it', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    const now = '2026-11-22T14:05:00.000Z';
    good = await encodeFolio(await generatePortfolio({ items: 4, imageEvery: 2, seed: 3, now, imageWidth: 32 }), { appVersion: 'test', now });
  });

  const expectReadable = (message: string) => {
    expect(message.length).toBeLessThan(600);
    expect(message).not.toContain('end-marker');
    expect(message).toContain('…');
  };

  it('an attachment name too long for the schema: invalid data naming a cut name', async () => {
    const bad = await editFolio(good, ({ data }) => {
      const first = rowsOf(data, 'attachments')[0];
      if (first) first.name = huge;
    });
    const message = refusedWith(await decodeFolio(bad), 'invalid-data');
    expectReadable(message);
    expect(message).toMatch(/^The portfolio data is not valid: attachment “Ł+…”: name — /);
  });

  it('a marking point id of 60,000 characters: invalid data, the id cut in both places', async () => {
    const bad = await editFolio(good, ({ data }) => {
      const m = rowsOf(data, 'mappings')[0];
      if (m) m.markingPointId = huge;
    });
    const message = refusedWith(await decodeFolio(bad), 'invalid-data');
    expectReadable(message);
    expect(message).toMatch(/: markingPointId — Ł+… is not a marking point of/);
  });

  it('a manifest naming a 60,000-character format: not a Folio file, the name cut', async () => {
    const bad = await editFolio(good, ({ manifest }) => {
      manifest.format = `\u001b[31m${huge}`;
    });
    const message = refusedWith(await decodeFolio(bad), 'not-a-folio');
    expectReadable(message);
    expect(message).toContain('“\\x1b[31mŁŁ');
    expect(message).not.toContain('\u001b');
  });
});
