import { findKind } from '../../domain/evidence-kinds';
import { KPI_REPORT_KIND } from '../../domain/kpi/report-kpis';
import { listLabels, type StructuredListKey } from '../../domain/structured-lists';
import { describeFinding } from '../../domain/privacy/personal-data-finding';
import { scanEvidence, type EvidencePart } from '../../domain/privacy/scan-evidence';
import { pickKindFields, pickLists, type EvidenceFormValues } from './form-values';

/** A file as the editor holds it: stored (with its id) or picked and not yet saved. */
export interface NamedAttachment {
  id: string;
  name: string;
}

export interface PrivacyWarning {
  /** "an email address (j.smith@example.com) in The situation" */
  text: string;
}

const EDITED = 'edited';

/** Where a finding is, in the words on the screen (the field's label, not its key). */
function whereWords(where: EvidencePart, kind: string): string {
  switch (where.part) {
    case 'title':
      return 'the title';
    case 'field':
      return findKind(kind)?.fields.find((f) => f.name === where.key)?.label ?? 'the details';
    case 'reflection':
      return 'the reflection';
    case 'tag':
      return 'a tag';
    case 'list':
      return listLabels[where.key];
    case 'kpi':
      return `the ${where.key} of KPI row ${where.index + 1}`;
    case 'cycle':
      return 'the name of a plan-do-review cycle';
    case 'attachment name':
      return 'the name of an attached file';
  }
}

/**
 * The personal data in the values being edited, one line per finding with where it is. Only the
 * fields of the chosen kind are scanned: the others are dropped when the item is saved.
 */
export function privacyWarnings(
  values: Pick<EvidenceFormValues, 'title' | 'kind' | 'fields' | 'reflection' | 'tags' | StructuredListKey | 'kpiRows' | 'cycles'>,
  attachments: readonly NamedAttachment[],
  peopleToRedact: readonly string[],
): PrivacyWarning[] {
  const item = {
    id: EDITED,
    ref: '',
    title: values.title,
    fields: pickKindFields(values.kind, values.fields),
    reflection: values.reflection,
    tags: values.tags,
    ...pickLists(values.kind, values),
    kpiRows: values.kind === KPI_REPORT_KIND ? (values.kpiRows ?? []) : [],
    cycles: values.cycles ?? [],
  };
  const files = attachments.map((a) => ({ id: a.id, evidenceId: EDITED, name: a.name }));
  return scanEvidence([item], files, { peopleToRedact }).map(({ where, finding }) => ({
    text: `${describeFinding(finding)} in ${whereWords(where, values.kind)}`,
  }));
}
