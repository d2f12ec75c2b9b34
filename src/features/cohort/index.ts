export { CohortPage } from './cohort-page';
