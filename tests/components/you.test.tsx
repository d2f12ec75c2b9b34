import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getIdentity } from '../../src/db/identity';
import { listKnownKeys } from '../../src/db/keys';
import { makeKeyCard } from '../../src/domain/signing';
import { formatFingerprint, generateSigningKey } from '../../src/domain/signing/keys';
import type { Person } from '../../src/domain/schemas';
import { seedIdentity } from './support/identity';
import { freshDatabase, renderAt } from './support/render-app';

beforeEach(freshDatabase);

async function cardFile(person: Person, name = 'card.folio-key'): Promise<{ file: File; fingerprint: string }> {
  const { privateKey, publicKey, fingerprint } = await generateSigningKey();
  const text = await makeKeyCard({ fingerprint, publicKey, signer: person, createdAt: '2026-11-01T09:00:00.000Z' }, { privateKey, fingerprint });
  return { file: new File([text], name, { type: 'application/json' }), fingerprint };
}

describe('first run: who are you?', () => {
  it('asks before anything else, says what to fix, then shows a learner the portfolio list', async () => {
    const { user } = renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Who are you?' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load the demo portfolio' })).not.toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'About you' });
    await user.click(within(form).getByRole('button', { name: 'Continue' }));
    expect(await within(form).findByText('Say who you are: a learner, an assessor, or a tutor or IQA')).toBeInTheDocument();
    expect(within(form).getByText('Enter your name')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Your name/)).toHaveAttribute('aria-invalid', 'true');
    expect(await getIdentity()).toBeUndefined();

    await user.click(within(form).getByRole('radio', { name: /^Learner/ }));
    await user.type(within(form).getByLabelText(/^Your name/), '  Zoë Brontë ');
    await user.click(within(form).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Folio' })).toBeInTheDocument();
    expect(await getIdentity()).toMatchObject({ role: 'learner', name: 'Zoë Brontë' });
  });

  it('sends an assessor to the queue', async () => {
    await seedIdentity({ role: 'assessor', name: 'Morgan Ellis' });
    const { router } = renderAt('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/queue'));
  });

  it('shows a tutor the cohort, with the portfolio list a link away', async () => {
    await seedIdentity({ role: 'tutor', name: 'Ann Lee' });
    const { user } = renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cohort' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Portfolios on this device' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Folio' })).toBeInTheDocument();
  });
});

describe('the You screen', () => {
  it('shows your fingerprint and that the private key stays on this device, and draws your key card as a QR code', async () => {
    const identity = await seedIdentity();
    const { user } = renderAt('/you');
    expect(await screen.findByRole('heading', { level: 1, name: 'You and your key' })).toBeInTheDocument();
    expect((await screen.findAllByText(formatFingerprint(identity.fingerprint))).length).toBeGreaterThan(0);
    expect(screen.getByText('Your private key lives only on this device.')).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Show your key card as a QR code' });
    await user.click(toggle);
    const qr = await screen.findByRole('img', { name: `QR code of the key card of Zoë Brontë, fingerprint ${formatFingerprint(identity.fingerprint)}` });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(screen.getByRole('button', { name: 'Hide the QR code' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('gives a new role a new key and says so', async () => {
    const before = await seedIdentity();
    const { user } = renderAt('/you');
    const form = await screen.findByRole('form', { name: 'Change your role or name' });
    await user.click(within(form).getByRole('radio', { name: /^Tutor/ }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/^Saved\. A new role or name gets a new signing key/)).toBeInTheDocument();
    const after = await getIdentity();
    expect(after?.role).toBe('tutor');
    expect(after?.fingerprint).not.toBe(before.fingerprint);
  });

  it('confirms a signer’s key from their key card and lists it', async () => {
    await seedIdentity();
    const { user } = renderAt('/you');
    const { file, fingerprint } = await cardFile({ role: 'assessor', name: 'Morgan Ellis' });
    await user.upload(await screen.findByLabelText('Key card file (.folio-key)'), file);
    expect(await screen.findByText(`The key of Morgan Ellis (assessor) is confirmed on this device. Fingerprint ${formatFingerprint(fingerprint)}.`)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Signers and their keys' });
    const row = await within(table).findByRole('row', { name: /Morgan Ellis/ });
    expect(within(row).getByText('Confirmed from their key card')).toBeInTheDocument();
  });

  it('asks before replacing a key it knows, and changes nothing on cancel', async () => {
    await seedIdentity();
    const { user } = renderAt('/you');
    const morgan: Person = { role: 'assessor', name: 'Morgan Ellis' };
    const first = await cardFile(morgan);
    const input = await screen.findByLabelText('Key card file (.folio-key)');
    await user.upload(input, first.file);
    await screen.findByText(/is confirmed on this device/);
    const second = await cardFile(morgan);
    await user.upload(input, second.file);
    const dialog = await screen.findByRole('alertdialog', { name: 'Use this key instead?' });
    expect(within(dialog).getByText(/This device already knows a different key for Morgan Ellis \(assessor\)/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Nothing was changed.')).toBeInTheDocument();
    expect((await listKnownKeys()).filter((k) => k.confirmed === 'key-card').map((k) => k.fingerprint)).toEqual([first.fingerprint]);

    await user.upload(input, second.file);
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Use this key instead?' })).getByRole('button', { name: 'Use this key' }));
    expect(await screen.findByText(/is confirmed on this device, in place of the key this device knew before/)).toBeInTheDocument();
    expect((await listKnownKeys()).filter((k) => k.confirmed === 'key-card').map((k) => k.fingerprint)).toEqual([second.fingerprint]);
  });

  it('confirms a key from a key card’s pasted text, as a phone reads it from the QR code', async () => {
    await seedIdentity();
    const { user } = renderAt('/you');
    const { file, fingerprint } = await cardFile({ role: 'tutor', name: 'Ann Lee' });
    const form = await screen.findByRole('form', { name: 'Or paste a key card’s text' });
    await user.click(within(form).getByRole('button', { name: 'Confirm this key' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Paste the text of a key card first');
    await user.click(within(form).getByLabelText(/^Key card text/));
    await user.paste(JSON.stringify(JSON.parse(await file.text())));
    await user.click(within(form).getByRole('button', { name: 'Confirm this key' }));
    expect(await screen.findByText(`The key of Ann Lee (tutor) is confirmed on this device. Fingerprint ${formatFingerprint(fingerprint)}.`)).toBeInTheDocument();
  });

  it('refuses a file that is not a key card, saying why', async () => {
    await seedIdentity();
    const { user } = renderAt('/you');
    await user.upload(await screen.findByLabelText('Key card file (.folio-key)'), new File(['hello'], 'notes.folio-key'));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not a Folio key card: it is not readable JSON.');
    expect(await listKnownKeys()).toHaveLength(1);
  });
});
