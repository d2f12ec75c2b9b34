/**
 * The kinds of evidence a learner can record, each with its structured fields, as data:
 * the evidence form, its validation and the PDF all read these definitions.
 * Field values are stored as strings ('' when empty) so every kind shares one shape.
 */
import type { CountedListKey } from './structured-lists';

export type FieldType = 'text' | 'textarea' | 'date' | 'number' | 'select';

export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  hint?: string;
  options?: readonly string[];
}

export interface EvidenceKind {
  id: string;
  label: string;
  description: string;
  fields: readonly FieldDef[];
  /**
   * The counted lists the kind offers as ticks of the seed's examples plus the learner's own (issue 10):
   * factors where the kind can describe what influences service (seed 001, unit on principles), feedback
   * techniques where it can describe how feedback was gathered (seed 003, unit on managing relations).
   */
  lists?: readonly CountedListKey[];
}

const CHANNELS = ['Phone', 'Email', 'Face to face', 'Letter', 'Website or online form', 'Social media', 'Live chat'] as const;
const COLLECTION = ['Survey', 'Comment card', 'Interview', 'Email', 'Phone call', 'Online review', 'Focus group', 'Mystery shopping', 'Other'] as const;

export const evidenceKinds = [
  {
    id: 'customer-feedback',
    label: 'Customer feedback form',
    description: 'Feedback a customer gave about the service, and what you did with it.',
    lists: ['feedbackTechniques'],
    fields: [
      { name: 'collectionMethod', label: 'How the feedback was collected', type: 'select', options: COLLECTION, required: true },
      { name: 'feedback', label: 'What the customer said', type: 'textarea', required: true },
      { name: 'rating', label: 'Score or rating given', type: 'text', hint: 'For example 4 out of 5' },
      { name: 'analysis', label: 'How you analysed the feedback', type: 'textarea' },
      { name: 'actionTaken', label: 'Action taken as a result', type: 'textarea' },
    ],
  },
  {
    id: 'service-log',
    label: 'Service delivery log',
    description: 'A record of service you delivered against a standard or timescale.',
    fields: [
      { name: 'period', label: 'Period covered', type: 'text', hint: 'For example 3–7 March 2026' },
      { name: 'serviceDelivered', label: 'Service delivered', type: 'textarea', required: true },
      { name: 'standard', label: 'Quality standard or SLA applied', type: 'text', hint: 'Name it, with its number or timescale, e.g. “reply within 24 hours”' },
      { name: 'outcome', label: 'Outcome against the standard', type: 'textarea' },
      { name: 'adjustments', label: 'Adjustments made during delivery', type: 'textarea' },
    ],
  },
  {
    id: 'complaint',
    label: 'Complaint record',
    description: 'A complaint you handled, from receipt to resolution and improvement.',
    fields: [
      { name: 'receivedDate', label: 'Date received', type: 'date', required: true },
      { name: 'channel', label: 'Channel', type: 'select', options: CHANNELS, required: true },
      { name: 'classification', label: 'Formal or informal', type: 'select', options: ['Formal', 'Informal'], required: true, hint: 'Say which: an informal comment and a formal complaint are handled differently' },
      { name: 'summary', label: 'What the complaint was about', type: 'textarea', required: true },
      { name: 'acknowledgement', label: 'How and when it was acknowledged', type: 'textarea' },
      { name: 'investigation', label: 'Investigation', type: 'textarea' },
      { name: 'resolution', label: 'Resolution', type: 'textarea' },
      { name: 'resolvedDate', label: 'Date resolved', type: 'date' },
      { name: 'escalation', label: 'Escalation (who, and what information you passed on)', type: 'textarea' },
      { name: 'recordedIn', label: 'Where it was recorded', type: 'text', hint: 'For example the complaints log or CRM' },
      { name: 'improvement', label: 'Improvement proposed', type: 'textarea' },
    ],
  },
  {
    id: 'reflective-account',
    label: 'Reflective account',
    description: 'Your own account of what happened, what you did and what you learned.',
    lists: ['factors', 'feedbackTechniques'],
    fields: [
      { name: 'situation', label: 'The situation', type: 'textarea', required: true },
      { name: 'actions', label: 'What you did and why', type: 'textarea', required: true },
      { name: 'outcome', label: 'The outcome', type: 'textarea' },
      { name: 'nextTime', label: 'What you would do differently', type: 'textarea' },
    ],
  },
  {
    id: 'witness-testimony',
    label: 'Witness testimony',
    description: 'A statement from a manager or colleague who saw your work.',
    fields: [
      { name: 'witnessName', label: 'Witness name', type: 'text', required: true },
      { name: 'witnessRole', label: 'Witness job title', type: 'text', required: true },
      { name: 'relationship', label: 'How the witness knows your work', type: 'text' },
      { name: 'statement', label: 'Statement', type: 'textarea', required: true },
      { name: 'signedDate', label: 'Date signed', type: 'date' },
    ],
  },
  {
    id: 'observation',
    label: 'Observation record',
    description: 'Your assessor or manager observed you at work.',
    fields: [
      { name: 'observer', label: 'Observer name and role', type: 'text', required: true },
      { name: 'setting', label: 'Where and what', type: 'text' },
      { name: 'observed', label: 'What was observed', type: 'textarea', required: true },
      { name: 'outcome', label: 'Observer’s comments', type: 'textarea' },
    ],
  },
  {
    id: 'professional-discussion',
    label: 'Professional discussion record',
    description: 'A recorded discussion with your assessor.',
    lists: ['factors', 'feedbackTechniques'],
    fields: [
      { name: 'participants', label: 'Participants', type: 'text', required: true },
      { name: 'topics', label: 'Topics discussed', type: 'textarea', required: true },
      { name: 'keyPoints', label: 'Key points you made', type: 'textarea' },
      { name: 'recordingRef', label: 'Recording reference', type: 'text' },
    ],
  },
  {
    id: 'service-plan',
    label: 'Service delivery plan',
    description: 'A plan for delivering a service: resources, timelines, roles, contingencies.',
    lists: ['factors'],
    fields: [
      { name: 'objectives', label: 'Objectives (measurable)', type: 'textarea', required: true },
      { name: 'resources', label: 'Resources', type: 'textarea' },
      { name: 'timeline', label: 'Timeline', type: 'textarea' },
      { name: 'roles', label: 'Roles', type: 'textarea' },
      { name: 'contingencies', label: 'Contingencies', type: 'textarea' },
      { name: 'justification', label: 'Why this approach', type: 'textarea' },
    ],
  },
  {
    id: 'performance-report',
    label: 'Performance report (KPIs)',
    description: 'Performance data you collected or used: KPIs, targets and results.',
    fields: [
      { name: 'period', label: 'Period covered', type: 'text' },
      {
        name: 'kpis',
        label: 'KPIs, targets and actual results as first written (text)',
        type: 'textarea',
        // The KPI rows (kpiRows) are the report's figures now; this text stays for reports written before
        // them. No hint here: this file is in the first-load chunk, and the rows' own hint (lazy) explains.
      },
      { name: 'analysis', label: 'What the data shows', type: 'textarea' },
      { name: 'actions', label: 'Actions taken', type: 'textarea' },
    ],
  },
  {
    id: 'meeting-minutes',
    label: 'Meeting minutes / action log',
    description: 'Minutes or an action log from a meeting you took part in.',
    fields: [
      { name: 'attendees', label: 'Attendees (roles)', type: 'text', required: true },
      { name: 'agenda', label: 'Agenda', type: 'textarea' },
      { name: 'decisions', label: 'Decisions', type: 'textarea' },
      { name: 'actions', label: 'Actions (what, who, by when)', type: 'textarea' },
    ],
  },
  {
    id: 'survey-results',
    label: 'Survey results',
    description: 'Results of a customer survey and your analysis of them.',
    lists: ['feedbackTechniques'],
    fields: [
      { name: 'method', label: 'Survey method', type: 'select', options: COLLECTION, required: true },
      { name: 'responses', label: 'Number of responses', type: 'number' },
      { name: 'findings', label: 'Findings', type: 'textarea', required: true },
      { name: 'analysis', label: 'Analysis', type: 'textarea' },
      { name: 'recommendations', label: 'Recommendations', type: 'textarea' },
    ],
  },
  {
    id: 'other',
    label: 'Other document',
    description: 'Any other workplace document.',
    fields: [{ name: 'description', label: 'What the document is and shows', type: 'textarea', required: true }],
  },
] as const satisfies readonly EvidenceKind[];

export type EvidenceKindId = (typeof evidenceKinds)[number]['id'];

export const evidenceKindIds = evidenceKinds.map((k) => k.id) as [EvidenceKindId, ...EvidenceKindId[]];

export function findKind(id: string): EvidenceKind | undefined {
  return evidenceKinds.find((k) => k.id === id);
}

export function kindLabel(id: string): string {
  return findKind(id)?.label ?? id;
}

/** The counted lists (factors, feedback techniques) a kind offers; none for an unknown kind. */
export function kindLists(kindId: string): readonly CountedListKey[] {
  return findKind(kindId)?.lists ?? [];
}

/** The empty field values of a kind, for a new item or a change of kind. */
export function emptyFields(kindId: string): Record<string, string> {
  return Object.fromEntries((findKind(kindId)?.fields ?? []).map((f) => [f.name, '']));
}
