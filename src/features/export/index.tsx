export { ExportPage } from './export-page';
export { ImportPage } from './import-page';
