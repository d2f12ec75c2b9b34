import type { PersonalDataFinding } from './personal-data-finding';

const LOCAL_MAX = 64;
const DOMAIN_MAX = 255;
const isLocalChar = (c: string) => /[A-Za-z0-9._%+'-]/.test(c);
const isDomainChar = (c: string) => /[A-Za-z0-9.-]/.test(c);

/**
 * Email addresses, found from each "@" outwards rather than by one regex: a regex scanned over
 * a long run of letters with no "@" retries from every position and costs the square of the
 * length. Here each character is looked at a bounded number of times, so the cost is linear.
 */
export function findEmails(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > lastEnd && at - start < LOCAL_MAX && isLocalChar(text.charAt(start - 1))) start -= 1;
    // A local part neither starts with a dot nor is quoted speech around it.
    while (start < at && /[.']/.test(text.charAt(start))) start += 1;
    let end = at + 1;
    while (end < text.length && end - at <= DOMAIN_MAX && isDomainChar(text.charAt(end))) end += 1;
    // A sentence's full stop or a dash after the address is not part of it.
    while (end > at + 1 && /[.-]/.test(text.charAt(end - 1))) end -= 1;
    const domain = text.slice(at + 1, end);
    if (start === at || !isEmailDomain(domain)) continue;
    found.push({ kind: 'email', text: text.slice(start, end), start, end });
    lastEnd = end;
  }
  return found;
}

function isEmailDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (labels.some((label) => label === '' || label.startsWith('-') || label.endsWith('-'))) return false;
  return /^[A-Za-z]{2,}$/.test(labels[labels.length - 1] ?? '');
}
