import { plural } from '../../domain/plural';
import { formatDate, formatDateTime } from '../../domain/readable-dates';
import { formatFingerprint } from '../../domain/signing/keys';
import type { PdfModel } from '../model/types';
import type { IqaPdfInput } from './iqa-pdf-input';

export interface IqaPdfModel extends Pick<PdfModel, 'meta' | 'file' | 'header' | 'footer'> {
  title: string;
  subtitle: string;
  plan: { heading: string; anchor: string; rows: { label: string; value: string }[]; coverage: string[]; coverageMet: boolean };
  report: { heading: string; anchor: string; intro: string; head: string[]; rows: string[][]; empty: string };
  lines: { heading: string; anchor: string; intro: string; head: string[]; rows: string[][]; empty: string };
  signers: { heading: string; anchor: string; intro: string; head: string[]; rows: string[][] };
}

const none = (list: readonly string[], empty: string) => (list.length === 0 ? empty : list.join('\n'));

/** Every word of the IQA's sampling record, in order: the plan, the report per assessor, each sampled decision, the signers. */
export function buildIqaPdfModel(input: IqaPdfInput): IqaPdfModel {
  const { plan } = input;
  const title = 'Internal quality assurance: sampling record';
  const generated = formatDateTime(input.generatedAt);
  const recorded = input.lines.filter((l) => l.iqa).length;
  return {
    meta: {
      title: `${title}: ${input.roundName}`,
      author: input.drawnBy,
      subject: `Sampling plan, sampled assessor decisions and the IQA's outcomes: ${input.qualification}`,
      creator: 'Folio',
      keywords: 'internal quality assurance, IQA, sampling, assessor decisions',
    },
    file: { created: input.generatedAt, idSeed: `iqa|${input.roundName}|${input.createdAt}|${input.generatedAt}` },
    header: { left: `IQA sampling record: ${input.roundName}`, right: input.qualification },
    footer: { left: `Sampling record · generated ${generated}`, pageOf: 'Page {page} of {total}' },
    title,
    subtitle: input.roundName,
    plan: {
      heading: 'The sampling plan',
      anchor: 'plan',
      rows: [
        { label: 'Qualification', value: input.qualification },
        { label: 'Drawn by', value: `${input.drawnBy}, internal quality assurer` },
        { label: 'Started', value: formatDateTime(input.createdAt) },
        { label: 'Last changed', value: formatDateTime(input.updatedAt) },
        { label: 'Stage', value: plan.stage },
        { label: 'Share sampled', value: `${plan.share} % of each assessor’s decisions` },
        { label: 'New assessors', value: plan.newAssessors.length === 0 ? 'None named' : `${plan.newAssessors.join(', ')}: ${plan.newAssessorShare} % of their decisions` },
        { label: 'Units to cover', value: none(plan.units, 'None required') },
        { label: 'Methods to cover', value: none(plan.methods, 'None required') },
        { label: 'Not-yet-met weight', value: `×${plan.notYetMetWeight} for units with many not-yet-met decisions` },
        { label: 'Seed', value: `${plan.seed} (the same plan and seed draw the same sample)` },
      ],
      coverageMet: input.coverage.met,
      coverage: input.coverage.met
        ? ['The sample meets the plan: every assessor’s share, and every unit and method it requires.']
        : ['The sample does not yet meet the plan:', ...input.coverage.missing.map((m) => `• ${m}`)],
    },
    report: {
      heading: 'Report per assessor',
      anchor: 'report',
      intro: `${plural(input.lines.length, 'decision')} sampled; outcomes recorded for ${recorded}.`,
      head: ['Assessor', 'Decisions', 'Sampled', 'Agreed', 'To action', 'Disagreed', 'Awaiting', 'Plan met'],
      rows: input.reports.map((r) => [
        r.isNew ? `${r.assessor}\n(new assessor)` : r.assessor,
        String(r.decisions),
        String(r.sampled),
        String(r.agreed),
        String(r.toAction),
        String(r.disagreed),
        String(r.awaiting),
        r.planMet ? 'Yes' : 'No',
      ]),
      empty: 'No assessor decisions were found to sample.',
    },
    lines: {
      heading: 'Sampled decisions',
      anchor: 'lines',
      intro: 'Each decision in the sample: the assessor’s outcome and its signature, why it was chosen, and the IQA’s outcome, comment and signature.',
      head: ['#', 'Learner and point', 'Assessor’s decision', 'Chosen because', 'IQA outcome'],
      rows: input.lines.map((l, i) => [
        String(i + 1),
        `${l.learner}\n${l.learnerNumber}\n${l.pointId}`,
        [`${l.decisionOutcome}, ${formatDate(l.decisionDate)}`, `by ${l.assessor}`, ...(l.methods.length > 0 ? [`Methods: ${l.methods.join(', ')}`] : []), `Signature: ${l.decisionSignature}`].join('\n'),
        l.reasons.length > 1 ? l.reasons.map((r) => `• ${r}`).join('\n') : none(l.reasons, '—'),
        l.iqa
          ? [`${l.iqa.outcome}, ${formatDate(l.iqa.at)}`, `by ${l.iqa.by}`, ...(l.iqa.comment ? [`“${l.iqa.comment}”`] : []), `Signature: ${l.iqa.signature}`].join('\n')
          : 'Not yet recorded',
      ]),
      empty: 'The sample holds no decisions.',
    },
    signers: {
      heading: 'Signers and key fingerprints',
      anchor: 'signers',
      intro:
        input.signers.length === 0
          ? 'Nothing in this record is signed.'
          : 'Each signer’s public key fingerprint (the first 32 hex digits of its SHA-256). Compare it with the one the signer reads out from Folio’s “You and your key” screen: if they differ, the signatures are not theirs.',
      head: ['Signer', 'Role', 'Key fingerprint', 'Signed here', 'Status'],
      rows: input.signers.map((s) => [s.name, s.role, formatFingerprint(s.fingerprint), s.signed, s.status]),
    },
  };
}
