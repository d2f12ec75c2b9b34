import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DialogFrame } from '../../src/ui/dialog-frame';

/** A page with a button that opens a three-choice question, as the import conflict does. */
function Page({ onCancel }: { onCancel: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    onCancel();
    setOpen(false);
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Ask
      </button>
      {open ? (
        <DialogFrame title="Which one?" body={<p>Choose carefully.</p>} cancelLabel="Cancel" onCancel={close}>
          <button type="button">Second</button>
          <button type="button" onClick={() => setOpen(false)}>
            Third
          </button>
        </DialogFrame>
      ) : null}
    </>
  );
}

describe('dialog frame', () => {
  it('starts on the safe choice, keeps Tab inside, and gives focus back to the opener', async () => {
    const user = userEvent.setup();
    render(<Page onCancel={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Which one?' });
    expect(dialog).toHaveAccessibleDescription('Choose carefully.');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Cancel', 'Second', 'Third']);

    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Third' })).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Second' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Third' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ask' })).toHaveFocus();
  });

  it('cancels on Escape and on the safe choice', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(<Page onCancel={onCancel} />);
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ask' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: 'Ask' })).toHaveFocus();
  });
});

describe('dialog frame with a scrolling list in its body', () => {
  it('lets Tab reach the list as well as the buttons', async () => {
    const user = userEvent.setup();
    render(
      <DialogFrame
        title="Discard these?"
        body={
          <ul tabIndex={0} aria-label="Values that would go">
            <li>One</li>
          </ul>
        }
        cancelLabel="Keep them"
        onCancel={() => undefined}
      >
        <button type="button">Discard</button>
      </DialogFrame>,
    );
    const list = screen.getByRole('list', { name: 'Values that would go' });
    expect(screen.getByRole('button', { name: 'Keep them' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Discard' })).toHaveFocus();
    await user.tab();
    expect(list).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Discard' })).toHaveFocus();
  });
});
