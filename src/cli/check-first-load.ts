/**
 * Run by `npm test` after the build: fails when the JavaScript loaded before the first screen (the
 * entry and its static imports, gzipped) passes the budget of issue 7.
 */
import { describeFirstLoad, FIRST_LOAD_BUDGET, measureBuild } from './lib/first-load';
import { errorDetail } from '../domain/error-detail';

try {
  const load = measureBuild(process.argv[2] ?? 'dist');
  process.stdout.write(`${describeFirstLoad(load)}\n`);
  if (load.gzip > FIRST_LOAD_BUDGET) {
    process.stderr.write(
      'The first screen loads more JavaScript than the budget allows. Load the screen or library that grew with React.lazy or import(), not from the entry.\n',
    );
    process.exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`${errorDetail(error)}\n`);
  process.exitCode = 1;
}
