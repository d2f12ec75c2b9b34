export { CoveragePage } from './coverage-page';
