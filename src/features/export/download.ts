// Saving bytes as a download is shared with the You screen's key card: it lives in src/ui.
export { saveBytes } from '../../ui/download';
