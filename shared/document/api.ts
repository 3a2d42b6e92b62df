import { z } from 'zod';
import { Traject, TrajectId } from '../traject/traject';
import { ExportFormat } from './formats';
import { exportMessages } from './messages';
import { SectionId } from './model';
import { Spelregels } from './spelregels';

/**
 * API shapes of the export methods (spread into shared/api/contract.ts).
 *
 * Binary files travel base64 inside the normal JSON envelope: responses have no size cap and a
 * participatieplan is a few hundred kB, so no separate download route is needed. In the desktop
 * app `delivery: 'save'` makes main show the native save dialog and write the file itself.
 */
const Delivery = z.enum(['download', 'save']).default('download');

export const ExportResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('download'), fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  z.object({ kind: z.literal('saved'), fileName: z.string(), path: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof ExportResult>;

/** A PNG (base64) of the procesplaat; the 5 MB request cap leaves room, real ones are 100–400 kB. */
const Png = z
  .string()
  .max(4 * 1024 * 1024, exportMessages.pictureTooLarge)
  .regex(/^iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/, exportMessages.pictureNotPng);

/**
 * A project file as sent by the app: plain text (CLI, tests) or gzip + base64 (the app), so a
 * project file up to 10 MB fits the 5 MB request cap of the browser mode. Checked in main again.
 */
export const ProjectContent = z.discriminatedUnion('encoding', [
  z.object({ encoding: z.literal('text'), text: z.string().max(11 * 1024 * 1024) }),
  z.object({ encoding: z.literal('gzip-base64'), data: z.string().max(5 * 1024 * 1024) }),
]);

export const exportContract = {
  /** What the export dialog shows: the sections, the spelregels (edited or generated) and the figure to rasterise. */
  'export.preview': {
    input: z.object({ trajectId: TrajectId }),
    output: z.object({
      sections: z.array(z.object({ id: SectionId, title: z.string() })),
      spelregels: Spelregels,
      /** True when the user edited the spelregels; false when they are generated from answers and procesplaat. */
      edited: z.boolean(),
      /** Revision of the spelregels (0: never edited); `export.saveSpelregels` names it. */
      revision: z.number().int().nonnegative(),
      figure: z.object({ svg: z.string(), width: z.number(), height: z.number() }),
    }),
  },
  /**
   * Stores edited spelregels; `null` goes back to the generated ones. CONFLICT without writing when
   * `expectedRevision` (the revision this edit started from) is no longer the stored one.
   */
  'export.saveSpelregels': {
    input: z.object({
      trajectId: TrajectId,
      spelregels: Spelregels.nullable(),
      expectedRevision: z.number().int().nonnegative(),
    }),
    output: z.object({ spelregels: Spelregels, edited: z.boolean(), revision: z.number().int().positive() }),
  },
  /** The participatieplan with spelregels as Word, PDF or Markdown. */
  'export.document': {
    input: z.object({
      trajectId: TrajectId,
      format: ExportFormat,
      sections: z.array(SectionId).min(1, exportMessages.noSections).optional(),
      version: z.string().trim().max(40, exportMessages.versionTooLong).optional(),
      figurePng: Png.optional(),
      /** The full plan (default) or the one-page participatieparagraaf for the raadsvoorstel. */
      variant: z.enum(['plan', 'paragraaf']).optional(),
      delivery: Delivery,
    }),
    output: ExportResult,
  },
  /** The whole traject as a `.samenspel` project file. */
  'export.project': {
    input: z.object({ trajectId: TrajectId, delivery: Delivery }),
    output: ExportResult,
  },
  /** Reads a project file (or an older casus file) into a NEW traject; an existing one is never touched. */
  'export.importProject': {
    input: z.object({ content: ProjectContent }),
    output: z.object({ traject: Traject, migratedFrom: z.number().int().optional() }),
  },
} as const;
