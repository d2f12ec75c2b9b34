import { findKind, type FieldDef } from '../../domain/evidence-kinds';

export interface LostValue {
  label: string;
  value: string;
  type: FieldDef['type'];
}

export interface KindChange {
  /** The new kind's fields, carrying over what was typed in fields both kinds share. */
  fields: Record<string, string>;
  /** Typed values the new kind has no place for: the learner is asked before they go. */
  lost: LostValue[];
}

/** A value moves to a field of the same name, unless that field is a list the value is not on. */
function fits(field: FieldDef, value: string): boolean {
  return !field.options || field.options.includes(value);
}

export function changeKind(fromKind: string, toKind: string, fields: Record<string, string>): KindChange {
  const target = findKind(toKind)?.fields ?? [];
  const next = Object.fromEntries(target.map((f) => [f.name, '']));
  const lost: LostValue[] = [];
  for (const field of findKind(fromKind)?.fields ?? []) {
    const value = fields[field.name] ?? '';
    if (value.trim() === '') continue;
    const into = target.find((f) => f.name === field.name);
    if (into && fits(into, value)) next[field.name] = value;
    else lost.push({ label: field.label, value, type: field.type });
  }
  return { fields: next, lost };
}
