import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'folio-tools-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder holding stand-ins for the named commands, so PATH can offer exactly those. */
function binWith(name: string, commands: string[]): string {
  const bin = join(dir, name);
  mkdirSync(bin, { recursive: true });
  for (const command of commands) {
    writeFileSync(join(bin, command), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, command), 0o755);
  }
  return bin;
}

const check = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['scripts/check-test-tools.mjs'], { env, encoding: 'utf8' });

describe('the check that opens npm test', () => {
  it('without Chromium or pdftotext: one message with the apt-get line and CHROMIUM_PATH, a non-zero exit', () => {
    const result = check({ PATH: binWith('empty', []), CHROMIUM_PATH: join(dir, 'no-chromium') });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.match(/The tests need tools that are missing/g)).toHaveLength(1);
    expect(result.stderr).toContain(`CHROMIUM_PATH is set to ${join(dir, 'no-chromium')}, which is not an executable file.`);
    expect(result.stderr).toContain('pdftotext and pdfinfo (poppler-utils) are not on the PATH.');
    expect(result.stderr).toContain('apt-get install -y chromium poppler-utils');
    expect(result.stderr).toContain('set CHROMIUM_PATH');
  });

  it('with only pdftotext missing: names it alone', () => {
    const bin = binWith('no-pdftotext', ['pdfinfo', 'chromium']);
    const result = check({ PATH: bin, CHROMIUM_PATH: join(bin, 'chromium') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pdftotext (poppler-utils) is not on the PATH.');
    expect(result.stderr).not.toContain('CHROMIUM_PATH is set');
  });

  it('with every tool present: silent, exit 0', () => {
    const bin = binWith('all', ['pdftotext', 'pdfinfo', 'chromium']);
    const result = check({ PATH: bin, CHROMIUM_PATH: join(bin, 'chromium') });
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });
});
