export { CyclesPage } from './cycles-page';
