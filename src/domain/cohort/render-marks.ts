/**
 * The performance marks the cohort view sets, and `npm run bench` reads in the browser: the cohort's
 * data read from the device, and the grid's rows drawn. One home, since the view and the bench must agree.
 */
export const COHORT_DATA_MARK = 'folio:cohort-data-ready';
export const COHORT_RENDERED_MARK = 'folio:cohort-grid-rendered';
