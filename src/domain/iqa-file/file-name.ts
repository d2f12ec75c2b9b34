import { IQA_FILE_EXTENSION } from './format';

/** "Interim sample, spring" exported on 25 November 2026 → "iqa-interim-sample-spring-2026-11-25.folio-iqa". */
export function iqaFileName(roundName: string, exportedAt: string): string {
  const slug = roundName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `iqa-${slug ? `${slug}-` : ''}${exportedAt.slice(0, 10)}${IQA_FILE_EXTENSION}`;
}
