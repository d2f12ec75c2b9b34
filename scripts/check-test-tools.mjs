#!/usr/bin/env node
/*
 * Runs first in `npm test`: without Chromium or poppler-utils every browser and PDF test fails
 * one by one, which buries the cause under dozens of failures. Say it once, before anything runs.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, command)));
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const problems = [];
if (!isExecutable(chromium)) {
  problems.push(
    process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH is set to ${chromium}, which is not an executable file.`
      : 'Chromium is not installed at /usr/bin/chromium.',
  );
}
const poppler = ['pdftotext', 'pdfinfo'].filter((command) => !onPath(command));
if (poppler.length > 0) problems.push(`${poppler.join(' and ')} (poppler-utils) ${poppler.length > 1 ? 'are' : 'is'} not on the PATH.`);

if (problems.length > 0) {
  process.stderr.write(
    [
      'The tests need tools that are missing:',
      ...problems.map((p) => `  - ${p}`),
      'On Debian or Ubuntu, install them with:',
      '  apt-get install -y chromium poppler-utils',
      'or set CHROMIUM_PATH to the path of another Chromium. No test has run.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
