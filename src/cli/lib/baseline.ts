import { jsPDF } from 'jspdf';
import { findKind } from '../../domain/evidence-kinds';
import type { PortfolioSnapshot } from '../../domain/snapshot';
import type { PdfFonts } from '../../pdf';

function binary(bytes: Uint8Array | ArrayBuffer): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (let i = 0; i < u8.length; i += 0x8000) out += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return out;
}

/** Every piece of text the evidence sections print: titles, fields, reflections and rationales. */
function evidenceText(snapshot: PortfolioSnapshot): { heading: string; body: string[] }[] {
  return snapshot.evidence.map((e) => ({
    heading: `${e.ref} ${e.title}`,
    body: [
      `${e.kind} · ${e.date} · ${e.customerType} · ${e.tags.join(', ')}`,
      ...Object.entries(e.fields).map(([name, value]) => `${findKind(e.kind)?.fields.find((f) => f.name === name)?.label ?? name}: ${value}`),
      e.reflection,
      ...snapshot.mappings.filter((m) => m.evidenceId === e.id).map((m) => `${m.markingPointId}: ${m.rationale}`),
    ],
  }));
}

/**
 * The baseline the benchmark compares against: bare jsPDF with the same embedded fonts writing the
 * same evidence text, wrapped to the page and nothing more (no tables, links, images or contents).
 */
export function renderBaseline(snapshot: PortfolioSnapshot, fonts: PdfFonts): { bytes: Uint8Array; pages: number } {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  doc.addFileToVFS('regular.ttf', binary(fonts.regular));
  doc.addFont('regular.ttf', 'Body', 'normal', 'Identity-H');
  if (fonts.bold) {
    doc.addFileToVFS('bold.ttf', binary(fonts.bold));
    doc.addFont('bold.ttf', 'Body', 'bold', 'Identity-H');
  }
  const [left, top, width, bottom, line] = [20, 20, 170, 277, 4.6];
  let y = top;
  const write = (lines: string[]) => {
    for (const l of lines) {
      if (y > bottom) {
        doc.addPage();
        y = top;
      }
      doc.text(l, left, y);
      y += line;
    }
  };
  for (const item of evidenceText(snapshot)) {
    doc.setFont('Body', fonts.bold ? 'bold' : 'normal').setFontSize(13);
    write([item.heading]);
    doc.setFont('Body', 'normal').setFontSize(10);
    for (const text of item.body) write(doc.splitTextToSize(text, width) as string[]);
    y += line;
  }
  return { bytes: new Uint8Array(doc.output('arraybuffer')), pages: doc.getNumberOfPages() };
}
