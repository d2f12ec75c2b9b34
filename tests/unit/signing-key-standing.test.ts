import { beforeAll, describe, expect, it } from 'vitest';
import { keysForKnownSigners, keyStandings } from '../../src/domain/signing';
import { known, makeSigner, morgan, sam, type TestSigner } from './signing-helpers';

let m: TestSigner;
let m2: TestSigner;
let m3: TestSigner;
let s: TestSigner;
beforeAll(async () => {
  [m, m2, m3, s] = await Promise.all([makeSigner(morgan), makeSigner(morgan), makeSigner(morgan), makeSigner(sam)]);
});

describe('keyStandings', () => {
  it('pins the first key seen for a signer when none is confirmed, and names the rest another key', () => {
    const standings = keyStandings([known(m2, { firstSeenAt: '2026-11-05T00:00:00.000Z' }), known(m, { firstSeenAt: '2026-11-01T00:00:00.000Z' }), known(s)]);
    expect(standings.get(m.key.fingerprint)).toBe('pinned');
    expect(standings.get(m2.key.fingerprint)).toBe('other');
    expect(standings.get(s.key.fingerprint)).toBe('pinned');
  });

  it('puts a confirmed key above the first seen', () => {
    const standings = keyStandings([known(m, { firstSeenAt: '2026-11-01T00:00:00.000Z' }), known(m2, { firstSeenAt: '2026-11-05T00:00:00.000Z', confirmed: 'key-card' })]);
    expect(standings.get(m2.key.fingerprint)).toBe('key-card');
    expect(standings.get(m.key.fingerprint)).toBe('other');
  });
});

describe('keysForKnownSigners', () => {
  it('lists a file’s new keys for signers the device knows by another key, and nothing else', () => {
    const device = [known(m, { firstSeenAt: '2026-11-01T00:00:00.000Z' }), known(m2, { firstSeenAt: '2026-11-05T00:00:00.000Z', confirmed: 'key-card' })];
    expect(keysForKnownSigners(device, [m.key, m2.key, s.key, m3.key])).toEqual([{ signer: morgan, fingerprint: m3.key.fingerprint, known: m2.key.fingerprint }]);
    expect(keysForKnownSigners([], [m.key, m2.key])).toEqual([]);
  });
});
