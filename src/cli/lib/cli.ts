import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_BYTES } from '../../domain/portfolio-file';
import { errorDetail } from '../../domain/error-detail';
import { folioErrors } from '../../domain/portfolio-file/errors';

/** A failure the user can fix: printed as one clear line, with a non-zero exit (1 unless said) and no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Parses argv strictly: an unknown flag or a missing value is an error that names it. */
export function parseCli<T extends ParseArgsConfig>(config: T, usage: string) {
  try {
    return parseArgs({ ...config, args: process.argv.slice(2), strict: true });
  } catch (e) {
    const message = e instanceof Error ? e.message.replace(/\. To specify a positional argument.*$/s, '') : String(e);
    throw new CliError(`${message}\n\n${usage}`);
  }
}

/** Checks an output path before any slow work, so a typo costs nothing. */
export function checkOutputPath(path: string): string {
  const full = resolve(path);
  const dir = dirname(full);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`Cannot write ${path}: the folder ${dir} does not exist.`);
  if (existsSync(full) && statSync(full).isDirectory()) throw new CliError(`Cannot write ${path}: it is a folder. Give a file name.`);
  return full;
}

/**
 * Checks a folder to write files into: it may not exist yet (it is made, inside a folder that does),
 * but it must not be a file. Returns the full path.
 */
export function checkOutputFolder(path: string): string {
  const full = resolve(path);
  const parent = dirname(full);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) throw new CliError(`Cannot write into ${path}: the folder ${parent} does not exist.`);
  if (existsSync(full) && !statSync(full).isDirectory()) throw new CliError(`Cannot write into ${path}: it is a file, not a folder.`);
  return full;
}

/** Reads an input file whole, after checking from its size alone that it is within `maxBytes`. */
export function readInputFile(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Uint8Array {
  const full = resolve(path);
  if (!existsSync(full)) throw new CliError(`Cannot read ${path}: there is no such file.`);
  const stats = statSync(full);
  if (stats.isDirectory()) throw new CliError(`Cannot read ${path}: it is a folder, not a file.`);
  if (stats.size > maxBytes) throw new CliError(`Cannot read ${path}: ${folioErrors.tooLarge(stats.size, maxBytes).message}`);
  return new Uint8Array(readFileSync(full));
}

export function writeOutputFile(full: string, bytes: Uint8Array): void {
  try {
    writeFileSync(full, bytes);
  } catch (e) {
    throw new CliError(`Cannot write ${full}: ${errorDetail(e)}`);
  }
}

/** Runs a command's main function: a CliError prints its message and exits 1; anything else is a bug, shown whole. */
export async function run(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`Error: ${e.message}\n`);
      process.exitCode = e.exitCode;
      return;
    }
    process.stderr.write(`Unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  }
}
