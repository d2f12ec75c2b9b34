import './evidence.css';

export { EvidenceEditorPage } from './evidence-editor-page';
export { EvidenceListPage } from './evidence-list-page';
export { EvidenceHistoryPage } from './history-page';
