import { z } from 'zod';
import { trajectMessages } from './messages';

/** A traject is one casus a taskforce works on: a policy question in one municipality. */
export const TrajectId = z.uuid({ error: trajectMessages.invalidId });
export type TrajectId = z.infer<typeof TrajectId>;

const title = z
  .string()
  .trim()
  .min(1, { error: trajectMessages.titleMissing })
  .max(200, { error: trajectMessages.titleTooLong });
const municipality = z.string().trim().max(100, { error: trajectMessages.municipalityTooLong });
const vraagstuk = z.string().trim().max(5000, { error: trajectMessages.vraagstukTooLong });

export const Traject = z.object({
  id: TrajectId,
  title: title,
  municipality: municipality,
  vraagstuk,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The participatiecode this traject follows (codes.linkTraject); absent when it follows none. */
  codeId: z.uuid().optional(),
  /** Revision of title, municipality and vraagstuk: up by one on every change; `trajecten.update` names it. */
  revision: z.number().int().positive(),
});
export type Traject = z.infer<typeof Traject>;

export const NewTraject = z.object({
  title: title,
  municipality: municipality.default(''),
  vraagstuk: vraagstuk.default(''),
});
export type NewTraject = z.input<typeof NewTraject>;

export const TrajectUpdate = z
  .object({
    id: TrajectId,
    /** The revision this change started from (Traject.revision); CONFLICT without writing when it is stale. */
    expectedRevision: z.number().int().positive(),
    title: title.optional(),
    municipality: municipality.optional(),
    vraagstuk: vraagstuk.optional(),
  })
  .refine((w) => w.title !== undefined || w.municipality !== undefined || w.vraagstuk !== undefined, {
    error: trajectMessages.nothingToChange,
  });
export type TrajectUpdate = z.input<typeof TrajectUpdate>;
