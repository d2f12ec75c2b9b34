/*
 * The small text tests the checks share. Each regex is a flat alternation or a bounded run with no
 * nested quantifiers, so it runs in time linear in the text whatever the learner typed.
 */

const NUMBER_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|half)\b/i;
const TIMESCALE =
  /\b(?:same|next|following)[ -](?:working[ -])?day\b|\bwithin an? (?:hour|day|week|month|working day)\b|\b(?:daily|weekly|monthly|hourly)\b/i;

/** True when a standard or target names a number or a timescale ("reply within 24 hours", not "good service"). */
export function isMeasurable(text: string): boolean {
  return /\d/.test(text) || NUMBER_WORDS.test(text) || TIMESCALE.test(text) || /%|per ?cent/i.test(text);
}

/*
 * A before-and-after measure: a change stated with its starting figure ("down from 14", "up from 4.1 to
 * 4.5", "from 82% to 97%") or a figure before and a figure after. Counting two figures alone is not
 * enough: "target 95%, actual 97%" compares with a target, not with before.
 */
const CHANGE_FROM = /\b(?:down|up|fell|rose|dropped|reduced|increased|improved|cut|went|changed|moved)\sfrom\s[£$€]?\d/i;
const FROM_TO = /\bfrom\s[£$€]?\d[\d.,]*%?(?:\s[a-z]+)?\sto\s[£$€]?\d/i;

/** How far after "before" the figures and the "after" may be, so one clause is read, not the whole text. */
const BEFORE_AFTER_REACH = 200;

/** "before … 14 … after … 3": scanned from each "before" over a bounded window, with no backtracking regex. */
function hasBeforeThenAfter(text: string): boolean {
  for (const match of text.matchAll(/\bbefore\b/gi)) {
    const window = text.slice(match.index, match.index + BEFORE_AFTER_REACH);
    const after = window.search(/\bafter\b/i);
    if (after > 0 && /\d/.test(window.slice(0, after)) && /\d/.test(window.slice(after))) return true;
  }
  return false;
}

export function hasBeforeAndAfter(text: string): boolean {
  return CHANGE_FROM.test(text) || FROM_TO.test(text) || hasBeforeThenAfter(text);
}

/** The roles a referral can go to, as the seed's examples name them (supervisor, specialist department …). */
const ROLE =
  /\b(?:manager|supervisor|team leader|team|department|specialist|adviser|advisor|officer|director|head of|lead|colleague|assessor|coordinator|controller|underwriter|solicitor)s?\b/i;

export function namesRole(text: string): boolean {
  return ROLE.test(text);
}

/** What was passed on with a referral (customer details, issue summary …). */
const INFORMATION =
  /\b(?:details?|summary|summarised|timeline|notes?|letter|email|reference|case|information|history|record|documents?|account number|what happened|copy|file|evidence|the facts)\b/i;

export function namesInformation(text: string): boolean {
  return INFORMATION.test(text);
}

/** A mention of an organisational standard, policy or legislation. */
const POLICY =
  /\b(?:polic(?:y|ies)|procedures?|charter|standards?|code of (?:practice|conduct)|act(?: of)? \d{4}|regulations?|legislation|gdpr|sla|service level|guidelines?|terms and conditions)\b/i;

export function referencesPolicy(text: string): boolean {
  return POLICY.test(text);
}
