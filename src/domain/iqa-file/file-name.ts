import { asciiSlug } from '../ascii-slug';
import { IQA_FILE_EXTENSION } from './format';

/** "Interim sample, spring" exported on 25 November 2026 → "iqa-interim-sample-spring-2026-11-25.folio-iqa". */
export function iqaFileName(roundName: string, exportedAt: string): string {
  const slug = asciiSlug(roundName);
  return `iqa-${slug ? `${slug}-` : ''}${exportedAt.slice(0, 10)}${IQA_FILE_EXTENSION}`;
}
