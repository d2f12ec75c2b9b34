import { findKind } from '../../src/domain/evidence-kinds';
import { choiceKey } from '../../src/domain/privacy/choice-key';
import { sha256Hex } from '../../src/domain/hash';
import type { PortfolioRecord } from '../../src/domain/records';
import type { AuditEntry } from '../../src/domain/schemas';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { evidenceFromVersion, makeVersion, mappingsFromVersion, type VersionDraft } from '../../src/domain/versions';
import { buildDemoSnapshot } from '../../src/samples/demo';

/** Made-up customers' details in every form the finders know (example domains, Ofcom drama numbers). */
export const PERSONAL = {
  emails: ['olivia.marsh@example.com', 'o.marsh@example.co.uk', 'ravi.patel@example.org'],
  phones: ['07700 900123', '07700-900-456', '(0161) 496 0000', '020 7946 0018', '+44 7700 900789', '+44 (0)20 7946 0123', '0044 7700 900321'],
  postcodes: ['LS1 4DY', 'SW1A 1AA', 'M1 1AE', 'B33 8TH'],
  niNumbers: ['AB 12 34 56 C', 'JG103749B'],
  cards: ['4111 1111 1111 1111', '5500-0000-0000-0004'],
  names: ['Olivia Marsh', 'Dáithí O’Brien'],
} as const;

/**
 * The details the demo itself plants (in E003, E004 and E018: tests/unit/privacy-demo.test.ts lists
 * them), which every copy built on the demo carries too. Two are the same numbers as PERSONAL's, written
 * another way.
 */
export const DEMO_PLANTED = {
  emails: ['r.patel@example.co.uk', 'p.okafor@example.com'],
  phones: ['020 7946 0321', '07700 900123', '+44 7700 900456'],
  postcodes: ['LS99 9ZZ'],
} as const;

const kindOf = { emails: 'email', phones: 'phone', postcodes: 'postcode', niNumbers: 'ni-number', cards: 'card', names: 'person' } as const;

/** How many distinct values a copy of personalSnapshot holds, as a choice counts them (one per value, however written). */
export function distinctPersonalValues(): number {
  const keys = [PERSONAL, DEMO_PLANTED].flatMap((set) =>
    Object.entries(set).flatMap(([group, values]) => (values as readonly string[]).map((text) => choiceKey({ kind: kindOf[group as keyof typeof kindOf], text }))),
  );
  return new Set(keys).size;
}

/** Every value, and each phone and card as bare digits, as a PDF's text may run them together. */
export function personalNeedles(): string[] {
  const all: string[] = [...Object.values(PERSONAL).flat(), ...Object.values(DEMO_PLANTED).flat()];
  const digits = [...PERSONAL.phones, ...DEMO_PLANTED.phones, ...PERSONAL.cards].map((p) => p.replace(/\D/g, '').replace(/^(?:0044|44)0?/, ''));
  return [...all, ...digits];
}

/** The ids of the versions that hold any of the personal data (in their content or rationales). */
export function versionsWithPersonalData(snapshot: PortfolioSnapshot): string[] {
  return snapshot.versions.filter((v) => leaks(JSON.stringify([v.content, v.mappings])).length > 0).map((v) => v.id);
}

/** The text, or its letters and digits alone, contains any of the personal data: which ones. */
export function leaks(text: string): string[] {
  const bare = text.replace(/[\s\-()+]/g, '');
  return personalNeedles().filter((n) => text.includes(n) || bare.includes(n.replace(/[\s\-()+]/g, '')));
}

const now = '2026-11-22T10:00:00.000Z';

/**
 * The demo portfolio with E001 saved twice more, each time full of customers' details (so the older
 * version carries some the current one does not), an attached file named after a customer, an
 * assessor's comment, a learner's dismissal of a coach finding and an audit entry that repeat them.
 */
export async function personalSnapshot(): Promise<PortfolioSnapshot> {
  let n = 0;
  const demo = await buildDemoSnapshot({ now, newId: () => `demo-${(n += 1)}` });
  const item = demo.evidence[0];
  const first = demo.versions.find((v) => v.id === item?.versionId);
  if (!item || !first) throw new Error('the demo has no E001');
  const freeText = findKind(item.kind)?.fields.find((f) => f.type === 'textarea')?.name ?? '';
  const bytes = new TextEncoder().encode('Notes from the call.');
  const attachment = {
    id: 'att-personal',
    portfolioId: item.portfolioId,
    evidenceId: item.id,
    name: `call notes ${PERSONAL.emails[2]} ${PERSONAL.postcodes[3]}.txt`,
    type: 'text/plain',
    size: bytes.length,
    sha256: await sha256Hex(bytes),
    createdAt: '2026-11-20T10:00:00.000Z',
    bytes,
  };
  // A save of E001 by the learner: version n, after `parent`.
  const save = (version: number, parent: string, savedAt: string, change: Pick<VersionDraft, 'content' | 'attachments' | 'mappings'>) =>
    makeVersion({
      id: `v-personal-${version}`,
      portfolioId: item.portfolioId,
      evidenceId: item.id,
      number: item.number,
      version,
      parents: [parent],
      savedAt,
      author: { role: 'learner', name: demo.portfolio.learnerName },
      ...change,
    });
  const older = await save(2, first.id, '2026-11-20T10:00:00.000Z', {
    content: { ...first.content, reflection: `${first.content.reflection} Card ${PERSONAL.cards[1]}, NI ${PERSONAL.niNumbers[1]}, ${PERSONAL.phones[6]}.` },
    attachments: [...first.attachments],
    mappings: first.mappings,
  });
  const current = await save(3, older.id, '2026-11-21T10:00:00.000Z', {
    content: {
      ...first.content,
      title: `Call with ${PERSONAL.names[0]} (${PERSONAL.phones[0]})`,
      fields: {
        ...first.content.fields,
        [freeText]: `${first.content.fields[freeText] ?? ''} Email ${PERSONAL.emails[0]} or ${PERSONAL.emails[1]}; phone ${PERSONAL.phones.slice(1, 6).join(', ')}. Lives at ${PERSONAL.postcodes.slice(0, 3).join(', ')}. NI ${PERSONAL.niNumbers[0]}; paid with ${PERSONAL.cards[0]}. Spoke to ${PERSONAL.names[1]}.`,
      },
      reflection: `${first.content.reflection} I called ${PERSONAL.names[0]} back.`,
      tags: [...first.content.tags, PERSONAL.emails[0]],
      factors: ['customer expectations', `${PERSONAL.names[1]}’s needs`],
    },
    attachments: [...first.attachments, { id: attachment.id, sha256: attachment.sha256 }],
    mappings: first.mappings.map((m, i) => (i === 0 ? { ...m, rationale: `Shows I rang ${PERSONAL.names[0]} on ${PERSONAL.phones[0]}` } : m)),
  });
  const comment: PortfolioRecord = {
    id: 'rec-comment-personal',
    portfolioId: item.portfolioId,
    type: 'comment',
    at: '2026-11-21T12:00:00.000Z',
    by: { role: 'assessor', name: demo.portfolio.assessorName },
    evidenceId: item.id,
    versionId: current.id,
    text: `Please take out ${PERSONAL.emails[0]} and ${PERSONAL.phones[0]} before this goes further.`,
  };
  const dismissal: PortfolioRecord = {
    id: 'rec-dismissal-personal',
    portfolioId: item.portfolioId,
    type: 'coach-dismissal',
    at: '2026-11-21T12:30:00.000Z',
    by: { role: 'learner', name: demo.portfolio.learnerName },
    checkId: 'feedback-analysis',
    evidenceId: item.id,
    reason: `${PERSONAL.names[0]} asked me not to follow up (${PERSONAL.postcodes[0]})`,
  };
  const entry: AuditEntry = {
    id: 'audit-personal',
    portfolioId: item.portfolioId,
    at: '2026-11-21T10:00:00.000Z',
    role: 'learner',
    name: demo.portfolio.learnerName,
    action: 'evidence saved',
    detail: `E001: Call with ${PERSONAL.names[0]} (${PERSONAL.phones[0]}), ${PERSONAL.emails[0]}`,
  };
  const mappingsElsewhere = demo.mappings.filter((m) => m.evidenceId !== item.id);
  return {
    ...demo,
    evidence: demo.evidence.map((e) => (e.id === item.id ? evidenceFromVersion(current, item.createdAt) : e)),
    mappings: [...mappingsElsewhere, ...mappingsFromVersion(current)],
    versions: [...demo.versions, older, current],
    records: [...demo.records, comment, dismissal],
    attachments: [...demo.attachments, attachment],
    audit: [...demo.audit, entry],
  };
}
