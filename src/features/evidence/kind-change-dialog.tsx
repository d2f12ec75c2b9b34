import { kindLabel } from '../../domain/evidence-kinds';
import { formatDate } from '../../domain/readable-dates';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { KindChange } from './kind-change';

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** Asks before a change of kind throws away what was typed in fields the new kind does not have. */
export function KindChangeDialog({ change, onConfirm, onCancel }: { change: (KindChange & { kind: string }) | null; onConfirm: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog
      open={change !== null}
      title={`Change to ${change ? kindLabel(change.kind) : ''}?`}
      confirmLabel="Change kind and discard"
      cancelLabel="Keep the current kind"
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>A {change ? kindLabel(change.kind).toLowerCase() : ''} has no place for what you typed in:</p>
      {/* A long list scrolls inside the dialog, so its buttons stay on a phone's screen. */}
      <ul className="lost-values" tabIndex={0} aria-label="Values that would be discarded">
        {change?.lost.map((l) => (
          <li key={l.label}>
            <strong>{l.label}</strong>: {shorten(l.type === 'date' ? formatDate(l.value) : l.value)}
          </li>
        ))}
      </ul>
      <p>Fields both kinds share keep their values.</p>
    </ConfirmDialog>
  );
}
