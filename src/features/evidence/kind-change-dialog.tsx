import { kindLabel } from '../../domain/evidence-kinds';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { KindChange } from './kind-change';

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
      <ul className="lost-values">
        {change?.lost.map((l) => (
          <li key={l.label}>
            <strong>{l.label}</strong>: {l.value.length > 120 ? `${l.value.slice(0, 120)}…` : l.value}
          </li>
        ))}
      </ul>
      <p>Fields both kinds share keep their values.</p>
    </ConfirmDialog>
  );
}
