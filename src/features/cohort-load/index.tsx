export { CohortLoadPage } from './cohort-load-page';
