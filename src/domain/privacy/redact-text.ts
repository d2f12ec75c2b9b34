import { redactionMasks, type PersonalDataFinding } from './personal-data-finding';

/**
 * The text with each finding replaced by a mask that says what was there ("[email removed]").
 * Findings are taken in order; one that overlaps an earlier one, or falls outside the text, or
 * whose text is no longer at its offsets (the text changed since it was scanned) is not applied,
 * so a stale finding can never cut the wrong words out.
 */
export function redactText(text: string, findings: readonly PersonalDataFinding[]): string {
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const finding of ordered) {
    if (finding.start < at || finding.end > text.length || finding.end <= finding.start) continue;
    if (text.slice(finding.start, finding.end) !== finding.text) continue;
    out += text.slice(at, finding.start) + redactionMasks[finding.kind];
    at = finding.end;
  }
  return out + text.slice(at);
}
