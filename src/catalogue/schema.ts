import { z } from 'zod';

/** What a countable marking point counts, and how many it asks for. */
export const thresholdSchema = z.strictObject({
  min: z.number().int().min(2),
  /** The thing counted, plural: "factors", "feedback collection techniques". */
  counts: z.string().min(1),
});

export const markingPointSchema = z.strictObject({
  /** Stable, human-readable id (e.g. "EXT-2"): the PDF, the .folio file and decisions refer to it. */
  id: z.string().regex(/^[A-Z]{3}-\d$/),
  text: z.string().min(20),
  threshold: thresholdSchema.optional(),
  /*
   * Both flags are written out for every marking point, with no defaults: the app ships the data as
   * it is (src/catalogue/index.ts), never parsed at start-up, so what the schema accepts is what runs.
   */
  /** True where the marking point is about customers outside the organisation. */
  externalOnly: z.boolean(),
  /** True where the marking point asks for organisational policy or legislation to be named. */
  needsPolicyReference: z.boolean(),
});

export const unitSchema = z.strictObject({
  id: z.string().regex(/^[A-Z]{3}$/),
  number: z.number().int().min(1),
  title: z.string().min(3),
  /** The seed file the unit was built from, so every check can name its source. */
  source: z.string().min(1),
  synopsis: z.string().min(20),
  keyConcepts: z.array(z.strictObject({ name: z.string().min(1), text: z.string().min(1) })).min(1),
  examTips: z.array(z.string().min(1)).min(1),
  misconceptions: z.array(z.string().min(1)).min(1),
  markingPoints: z.array(markingPointSchema).min(1),
});

export const catalogueSchema = z
  .strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    level: z.number().int(),
    units: z.array(unitSchema).min(1),
  })
  .superRefine((cat, ctx) => {
    const seen = new Set<string>();
    for (const unit of cat.units) {
      for (const mp of unit.markingPoints) {
        if (!mp.id.startsWith(`${unit.id}-`)) {
          ctx.addIssue({ code: 'custom', message: `${mp.id} does not belong to unit ${unit.id}` });
        }
        if (seen.has(mp.id)) ctx.addIssue({ code: 'custom', message: `duplicate marking point id ${mp.id}` });
        seen.add(mp.id);
      }
    }
  });

export type Threshold = z.infer<typeof thresholdSchema>;
export type MarkingPoint = z.infer<typeof markingPointSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
