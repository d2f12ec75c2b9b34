import { formatBytes } from '../../domain/byte-sizes';

interface FileReadyProps {
  /** What was made, and anything to say before its size: "PDF ready: 12 pages, ". */
  lead: string;
  file: { url: string; fileName: string; size: number };
  /** The link's words, naming what it downloads. */
  againLabel: string;
}

/** A made file has been handed to the browser: its size and name, and the link again in case the download went astray. */
export function FileReady({ lead, file, againLabel }: FileReadyProps) {
  return (
    <p className="notice" role="status">
      {lead}
      {formatBytes(file.size)} ({file.fileName}).{' '}
      <a href={file.url} download={file.fileName}>
        {againLabel}
      </a>
    </p>
  );
}
