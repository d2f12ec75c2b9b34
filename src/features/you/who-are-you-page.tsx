import { setUpIdentity } from '../../db/identity';
import { PageHeader } from '../../ui/page-header';
import { SiteHeader } from '../../ui/site-header';
import { PersonForm } from './person-form';

/**
 * The first run: who uses this device, before anything else. Saving makes this device's signing key;
 * the home screen then follows from the role (the identity is a live query).
 */
export function WhoAreYouPage() {
  return (
    <>
      <SiteHeader atHome />
      <main id="main" tabIndex={-1}>
        <PageHeader
          title="Who are you?"
          lead="Folio works for learners, assessors and tutors. Say which you are and your name: Folio makes you a signing key on this device, so what you sign can be checked by others. You can change this later on the You screen."
        />
        <section className="card">
          <PersonForm title="About you" headingLevel={2} submitLabel="Continue" busyLabel="Making your key…" onSubmit={async (person) => void (await setUpIdentity(person))} />
        </section>
      </main>
    </>
  );
}
