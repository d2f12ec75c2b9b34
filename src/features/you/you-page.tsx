import { useState } from 'react';
import { changeIdentity, useIdentity } from '../../db/identity';
import { roleLabels } from '../../domain/schemas';
import { PageHeader } from '../../ui/page-header';
import { SiteHeader } from '../../ui/site-header';
import { ImportKeyCardSection } from './import-key-card-section';
import { InstallSection } from './install-section';
import { KnownSignersSection } from './known-signers-section';
import { PersonForm } from './person-form';
import type { PersonInput } from './person-schema';
import { WhoAreYouPage } from './who-are-you-page';
import { YourKeySection } from './your-key-section';
import './you.css';

/** `/you`: who uses this device, their signing key and key card, and the signers this device knows. */
export function YouPage() {
  const identity = useIdentity();
  const [saved, setSaved] = useState<string | null>(null);

  if (identity === null) return <WhoAreYouPage />;

  async function save(person: PersonInput) {
    setSaved(null);
    const { newKey } = await changeIdentity(person);
    setSaved(newKey ? 'Saved. A new role or name gets a new signing key: what you signed before stays signed under your old one. Give people your new key card.' : 'Saved.');
  }

  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <PageHeader title="You and your key" lead="Who uses Folio on this device, the key that signs what you decide or declare, and the people whose keys this device knows." />
        {identity === undefined ? (
          <p role="status">Loading…</p>
        ) : (
          <div className="you">
            <section className="card" aria-labelledby="you-details-title">
              <h2 id="you-details-title">
                {identity.name} · {roleLabels[identity.role]}
              </h2>
              {saved ? (
                <p className="notice" role="status">
                  {saved}
                </p>
              ) : null}
              <PersonForm
                key={`${identity.role}:${identity.name}`}
                title="Change your role or name"
                headingLevel={3}
                submitLabel="Save changes"
                busyLabel="Saving…"
                defaultValues={{ role: identity.role, name: identity.name }}
                onSubmit={save}
              />
            </section>
            <YourKeySection identity={identity} />
            <ImportKeyCardSection />
            <KnownSignersSection />
            <InstallSection />
          </div>
        )}
      </main>
    </>
  );
}
