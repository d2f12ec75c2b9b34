export { MarkingPointPage } from './marking-point-page';
export { UnitPage } from './unit-page';
export { UnitsPage } from './units-page';
