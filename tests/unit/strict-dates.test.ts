import { beforeAll, describe, expect, it } from 'vitest';
import { isCalendarDate, isIsoTimestamp } from '../../src/domain/calendar';
import { generatePortfolio } from '../../src/samples/generate';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { evidenceInputSchema, portfolioInputSchema, type EvidenceInput } from '../../src/domain/schemas';
import { editFolio, refusedWith, rowsOf, type Json } from './folio-edit';

describe('calendar dates', () => {
  it('accepts days that exist, leap days only in leap years', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2026-02-28', '2026-04-30', '2026-12-31', '2026-01-01']) expect(isCalendarDate(ok), ok).toBe(true);
  });

  it('refuses days that do not exist and anything not yyyy-mm-dd', () => {
    for (const bad of ['2026-02-30', '2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '22/11/2026', '2026-1-1', '1', '']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });
});

describe('ISO timestamps', () => {
  it('accepts full ISO 8601 with a time and Z or an offset', () => {
    for (const ok of ['2026-11-22T14:05:00.000Z', '2026-11-22T14:05:00Z', '2026-11-22T14:05:00+01:00', '2024-02-29T23:59:59.5-05:30']) {
      expect(isIsoTimestamp(ok), ok).toBe(true);
    }
  });

  it('refuses "1", a bare date, no zone, impossible days and times', () => {
    for (const bad of ['1', '2026', '2026-11-22', '2026-11-22T14:05:00', '2026-11-22T14:05Z', '2026-02-30T10:00:00Z', '2026-11-22T24:00:00Z', '2026-11-22T14:60:00Z', '2026-11-22 14:05:00Z', 'Sun Nov 22 2026']) {
      expect(isIsoTimestamp(bad), bad).toBe(false);
    }
  });
});

const portfolioInput = { learnerName: 'Zoë Brontë', learnerNumber: 'L-1', centre: 'Harbour', assessorName: 'Sam Patel' };
const complaint: EvidenceInput = {
  title: 'Late refund',
  kind: 'complaint',
  date: '2026-03-02',
  customerType: 'external',
  fields: { receivedDate: '2026-03-01', channel: 'Email', classification: 'Formal', summary: 'Refund not received' },
  reflection: '',
  tags: [],
};
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('the forms refuse impossible dates with a clear message', () => {
  it('the portfolio’s start date', () => {
    expect(portfolioInputSchema.safeParse({ ...portfolioInput, startDate: '2024-02-29' }).success).toBe(true);
    expect(messages(portfolioInputSchema.safeParse({ ...portfolioInput, startDate: '2025-02-29' }))).toEqual([
      ['startDate', 'Enter a real date, for example 22/11/2026 (there is no such day)'],
    ]);
  });

  it('the evidence date and a kind’s date field', () => {
    expect(evidenceInputSchema.safeParse(complaint).success).toBe(true);
    expect(messages(evidenceInputSchema.safeParse({ ...complaint, date: '2026-02-30' }))).toEqual([
      ['date', 'Enter a real date, for example 22/11/2026 (there is no such day)'],
    ]);
    expect(messages(evidenceInputSchema.safeParse({ ...complaint, fields: { ...complaint.fields, receivedDate: '2026-02-30' } }))).toEqual([
      ['fields.receivedDate', 'Enter date received as a real date, for example 22/11/2026 (there is no such day)'],
    ]);
  });
});

describe('a .folio carrying an impossible date or a timestamp such as "1" is refused, naming the field', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    const now = '2026-11-22T14:05:00.000Z';
    good = await encodeFolio(await generatePortfolio({ items: 12, imageEvery: 0, seed: 5, now }), { appVersion: 'test', now });
  });

  const refuse = async (edit: (parts: { manifest: Json; data: Json }) => void) => refusedWith(await decodeFolio(await editFolio(good, edit)), 'invalid-data');

  it('accepts the untouched file', async () => {
    expect((await decodeFolio(await editFolio(good, () => undefined))).ok).toBe(true);
  });

  it('an evidence date of 2026-02-30', async () => {
    const message = await refuse(({ data }) => {
      const e = rowsOf(data, 'evidence')[0];
      if (e) e.date = '2026-02-30';
    });
    expect(message).toMatch(/^The portfolio data is not valid: evidence E001: date — Enter a real date, for example 22\/11\/2026 \(there is no such day\)/);
  });

  it('a portfolio start date of 2025-02-29', async () => {
    const message = await refuse(({ data }) => {
      (data.portfolio as Json).startDate = '2025-02-29';
    });
    expect(message).toContain('portfolio: startDate — Enter a real date, for example 22/11/2026 (there is no such day)');
  });

  it('a complaint’s date received of 2026-02-30', async () => {
    const message = await refuse(({ data }) => {
      const e = rowsOf(data, 'evidence').find((row) => row.kind === 'complaint');
      if (!e) throw new Error('the generated portfolio should hold a complaint');
      e.fields = { ...(e.fields as Json), receivedDate: '2026-02-30' };
    });
    expect(message).toMatch(/evidence E\d{3}: fields\.receivedDate — “2026-02-30” is not a real date/);
  });

  it('timestamps of "1": a portfolio’s createdAt, a decision’s decidedAt, an audit entry’s at', async () => {
    expect(
      await refuse(({ data }) => {
        (data.portfolio as Json).createdAt = '1';
      }),
    ).toContain('portfolio: createdAt — Expected a date and time in ISO 8601 form');
    expect(
      await refuse(({ data }) => {
        const d = rowsOf(data, 'decisions')[0];
        if (!d) throw new Error('the generated portfolio should hold a decision');
        d.decidedAt = '1';
      }),
    ).toMatch(/decision [A-Z]+-\d+: decidedAt — Expected a date and time/);
    expect(
      await refuse(({ data }) => {
        const a = rowsOf(data, 'audit')[0];
        if (a) a.at = '1';
      }),
    ).toContain('audit entry 1: at — Expected a date and time');
  });

  it('a manifest createdAt of "1": not a Folio file, naming createdAt', async () => {
    const bad = await editFolio(good, ({ manifest }) => {
      manifest.createdAt = '1';
    });
    expect(refusedWith(await decodeFolio(bad), 'not-a-folio')).toContain('createdAt');
  });
});
