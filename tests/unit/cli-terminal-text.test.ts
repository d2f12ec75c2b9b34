import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalText } from '../../src/cli/lib/terminal-text';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { editFolio } from './folio-edit';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-escape-'));
const now = '2026-11-22T09:00:00.000Z';
// Sets the terminal's title, turns text red, then clears the screen.
const hostile = 'Zoë\u001b]0;owned\u0007 \u001b[31mBrontë\u001b[2J';
const named = join(dir, 'named.folio');
const badFormat = join(dir, 'bad-format.folio');

beforeAll(async () => {
  let n = 0;
  const demo = await buildDemoSnapshot({ now, newId: () => `demo-${(n += 1)}` });
  const good = await encodeFolio(demo, { appVersion: 'test', now });
  writeFileSync(named, await encodeFolio({ ...demo, portfolio: { ...demo.portfolio, learnerName: hostile } }, { appVersion: 'test', now }));
  writeFileSync(
    badFormat,
    await editFolio(good, ({ manifest }) => {
      manifest.format = `\u001b[2J\u001b[31m${hostile}`;
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasControl = (s: string) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(s);

describe('terminalText', () => {
  it('prints each control character as an escape, and leaves other text alone', () => {
    expect(terminalText('Zoë Brontë – £4')).toBe('Zoë Brontë – £4');
    expect(terminalText('a\u001b[31mb\u0007\n\u009b')).toBe('a\\x1b[31mb\\x07\\n\\x9b');
  });
});

describe('npm run pdf never passes a terminal escape sequence from a file to the terminal', { timeout: 90_000 }, () => {
  it('the learner’s name in the success line', async () => {
    const result = await runCli('src/cli/pdf.ts', [named, '-o', join(dir, 'named.pdf')]);
    expect(result.code).toBe(0);
    expect(hasControl(result.stdout.replace(/\n$/, ''))).toBe(false);
    expect(result.stdout).toContain('the portfolio of Zoë\\x1b]0;owned\\x07 \\x1b[31mBrontë\\x1b[2J,');
  });

  it('a name quoted in a refusal', async () => {
    const result = await runCli('src/cli/pdf.ts', [badFormat, '-o', join(dir, 'bad.pdf')]);
    expect(result.code).toBe(1);
    expect(hasControl(result.stderr.replace(/\n$/, ''))).toBe(false);
    expect(result.stderr).toContain('its manifest says it is “\\x1b[2J\\x1b[31mZoë');
  });
});
