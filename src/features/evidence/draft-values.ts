import { z } from 'zod';
import type { NewAttachment } from '../../db/evidence-writes';
import { parseFormValues, type EvidenceFormValues } from './form-values';

/** Everything the editor keeps in a draft: the form, files chosen but not yet saved, and removals. */
export interface EditorDraft {
  form: EvidenceFormValues;
  pending: NewAttachment[];
  removedIds: string[];
}

const pendingSchema = z.object({
  name: z.string().min(1),
  type: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  blob: z.instanceof(Blob),
});

const draftShape = z.object({ form: z.unknown(), pending: z.array(z.unknown()), removedIds: z.array(z.string()) });

/**
 * A draft is untyped data from the database, perhaps written by an older build: anything that does
 * not have the editor's shape is ignored, and a file that did not survive storage is dropped alone.
 */
export function parseDraft(value: unknown): EditorDraft | undefined {
  const outer = draftShape.safeParse(value);
  if (!outer.success) return undefined;
  const form = parseFormValues(outer.data.form);
  if (!form) return undefined;
  const pending = outer.data.pending.flatMap((p) => {
    const parsed = pendingSchema.safeParse(p);
    return parsed.success ? [parsed.data] : [];
  });
  return { form, pending, removedIds: outer.data.removedIds };
}
