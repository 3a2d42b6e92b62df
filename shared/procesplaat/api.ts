import { z } from 'zod';
import { TrajectId } from '../traject/traject';
import { Procesplaat, Viewport } from './model';
import { ProcesplaatPatch } from './patch';

/** API shapes of the procesplaat methods (see shared/api/contract.ts). */
export const RepairNoteSchema = z.object({
  id: z.string(),
  kind: z.enum(['node', 'edge']),
  action: z.enum(['repaired', 'dropped']),
  message: z.string(),
});

export const SavedProcesplaat = z.object({
  trajectId: TrajectId,
  /** Null when the traject has no procesplaat yet. */
  plate: Procesplaat.nullable(),
  /** Goes up by one on every save; 0 means nothing saved yet. */
  revision: z.number().int().nonnegative(),
  /** What the repair on read changed; empty when the stored graph was valid. */
  repairs: z.array(RepairNoteSchema),
});

export const ProcesplaatSave = z.object({
  trajectId: TrajectId,
  plate: Procesplaat,
  /** Required (0 when there is no plate yet): a stale save answers CONFLICT and changes nothing. */
  expectedRevision: z.number().int().nonnegative(),
});

export const ProcesplaatPatchSave = z.object({
  trajectId: TrajectId,
  patch: ProcesplaatPatch,
  /** Required: a patch only makes sense on top of the revision it was computed from. */
  expectedRevision: z.number().int().nonnegative(),
  viewport: Viewport.optional(),
});

export const ProcesplaatViewportSave = z.object({ trajectId: TrajectId, viewport: Viewport });
