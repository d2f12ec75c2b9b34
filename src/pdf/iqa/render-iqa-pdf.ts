import { jsPDF } from 'jspdf';
import { formatDateTime } from '../../domain/readable-dates';
import type { Ctx } from '../render/context';
import type { PdfFonts } from '../render/font';
import { registerFonts } from '../render/font-register';
import { heading, paragraph } from '../render/text';
import { PAGE, SIZE } from '../render/theme';
import type { IqaPdfInput } from './iqa-pdf-input';

/*
 * H3 owns this file; the smallest honest version until H3's lands: the whole sampling record as
 * headed, wrapped text (plan, coverage, every sampled line and outcome, the report, the signers).
 */

export async function renderIqaPdf(input: IqaPdfInput, fonts: PdfFonts): Promise<Uint8Array> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  const { sanitise, hasBold } = registerFonts(doc, fonts);
  const ctx: Ctx = {
    doc,
    sanitise,
    hasBold,
    y: PAGE.top,
    anchors: new Map(),
    deferred: [],
    attachmentBytes: new Map(),
    printCopies: new Map(),
    embedded: new Set(),
    pageRef: { separator: ', p. ', unknown: '' },
  };
  const { plan } = input;
  heading(ctx, `IQA sampling record: ${input.roundName}`, 1);
  paragraph(ctx, `${input.qualification}. Drawn by ${input.drawnBy}, ${formatDateTime(input.createdAt)}; last changed ${formatDateTime(input.updatedAt)}. Made ${formatDateTime(input.generatedAt)}.`);
  heading(ctx, 'The plan', 2);
  paragraph(ctx, `Stage: ${plan.stage}. Share of each assessor’s decisions: ${plan.share} %. Share for new assessors: ${plan.newAssessorShare} %.`);
  paragraph(ctx, `New assessors: ${plan.newAssessors.join(', ') || 'none'}. Units to cover: ${plan.units.join('; ') || 'none named'}. Methods to cover: ${plan.methods.join(', ') || 'none named'}.`);
  paragraph(ctx, `Extra weight for units with many not-yet-met decisions: ×${plan.notYetMetWeight}. Seed: ${plan.seed}.`);
  paragraph(ctx, input.coverage.met ? 'The sample meets the plan.' : `The sample does not meet the plan: ${input.coverage.missing.join('; ')}.`, { style: 'bold' });
  heading(ctx, `Sampled decisions (${input.lines.length})`, 2);
  for (const line of input.lines) {
    heading(ctx, `${line.learner} (${line.learnerNumber}) — ${line.pointId}`, 3);
    paragraph(ctx, `Decision: ${line.decisionOutcome} by ${line.assessor}, ${formatDateTime(line.decisionDate)} (${line.methods.join(', ') || 'no method named'}); ${line.decisionSignature}.`, { after: 1 });
    paragraph(ctx, `Chosen because: ${line.reasons.join('; ')}.`, { size: SIZE.small, after: 1 });
    paragraph(
      ctx,
      line.iqa ? `IQA outcome: ${line.iqa.outcome} — ${line.iqa.by}, ${formatDateTime(line.iqa.at)}; ${line.iqa.signature}.${line.iqa.comment ? ` ${line.iqa.comment}` : ''}` : 'IQA outcome: not recorded yet.',
    );
  }
  heading(ctx, 'Report per assessor', 2);
  for (const r of input.reports) {
    paragraph(
      ctx,
      `${r.assessor}${r.isNew ? ' (new assessor)' : ''}: ${r.decisions} decisions, ${r.sampled} sampled, ${r.agreed} agreed, ${r.toAction} to action, ${r.disagreed} disagreed, ${r.awaiting} awaiting an outcome; plan ${r.planMet ? 'met' : 'not met'}.`,
    );
  }
  heading(ctx, 'Signers', 2);
  for (const s of input.signers) paragraph(ctx, `${s.name} (${s.role}): ${s.signed}; key ${s.fingerprint}; ${s.status}.`, { size: SIZE.small });
  return new Uint8Array(doc.output('arraybuffer'));
}
