import { version } from '../../package.json';

/** Written into every exported file, so a reader can tell which Folio made it. */
export const appVersion: string = version;
