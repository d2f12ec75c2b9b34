import { setPeopleToRedact, usePeopleToRedact } from '../../db/people-to-redact';
import { errorDetail } from '../../domain/error-detail';
import { personNameIssue, tidyPersonName } from '../../domain/privacy/person-name-issue';
import { NameListEditor, type NameListOutcome } from './name-list-editor';

/**
 * The learner's list of customers' and colleagues' names for Folio to find in evidence and mask in
 * exports. Kept on this device only.
 */
export function PeopleToRedactSection({ portfolioId }: { portfolioId: string }) {
  const people = usePeopleToRedact(portfolioId);

  const save = async (names: readonly string[], done: string): Promise<NameListOutcome> => {
    try {
      await setPeopleToRedact(portfolioId, names);
      return { status: done };
    } catch (e) {
      return { failure: errorDetail(e, 'The list could not be saved on this device.') };
    }
  };

  const add = async (name: string): Promise<NameListOutcome> => {
    const list = people ?? [];
    const issue = personNameIssue(name, list);
    if (issue !== undefined) return { error: issue };
    const tidy = tidyPersonName(name);
    return save([...list, tidy], `Added ${tidy}.`);
  };

  const remove = async (index: number): Promise<NameListOutcome> => {
    const list = people ?? [];
    const removed = list[index];
    if (removed === undefined) return {};
    return save(list.filter((_, i) => i !== index), `Removed ${removed}.`);
  };

  return (
    <section className="card" aria-labelledby="people-title">
      <h2 id="people-title">People to redact</h2>
      <p>
        Names of customers and colleagues that should not leave this device. Folio warns you when one appears in your evidence, and will
        offer to remove them before you export.
      </p>
      <p>
        <strong>This list never leaves this device.</strong> It is not in the portfolio file, the PDF or anything else you export.
      </p>
      <NameListEditor
        names={people}
        listLabel="Names to redact"
        empty="No names yet."
        formLabel="Add a name to redact"
        fieldLabel="Name to add"
        hint="A first name, surname or full name, as it is written in your evidence."
        buttonLabel="Add name"
        add={add}
        remove={remove}
      />
    </section>
  );
}
