import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { RodeDraad, WorkshopSession } from '@shared/workshop/index';
import { apiKey } from '../../api/queries';

/**
 * Keeps the trainer's control window and the presenter window in step without a server push:
 * both open the session from the API (the source of truth), and every change one window makes
 * to its copy (an answer saved, a step taken, a timer started) goes to the other over a
 * BroadcastChannel. Only the parts that changed travel, so two windows changing different
 * parts at the same moment do not undo each other. Rode draden also travel while being typed,
 * before they are saved, so the room sees them appear live.
 */

export const CHANNEL = 'samenspel-workshop';

export type SyncMessage =
  | { soort: 'wijziging'; sessieId: string; deel: Partial<WorkshopSession> }
  | { soort: 'concept'; sessieId: string; rodeDraden: RodeDraad[] | null };

function newChannel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
}

// One channel object for the drafts: a channel never hears its own messages, other objects do.
let zender: BroadcastChannel | undefined;
function sendDraft(bericht: SyncMessage): void {
  if (!zender) {
    zender = newChannel();
    // Node (tests) would otherwise wait for this channel before exiting; browsers have no unref.
    (zender as { unref?: () => void } | undefined)?.unref?.();
  }
  zender?.postMessage(bericht);
}

/** The top-level fields of `na` that differ from `voor` (compared by value). */
export function changedParts(voor: WorkshopSession | undefined, na: WorkshopSession): Partial<WorkshopSession> {
  if (!voor) return na;
  const deel: Record<string, unknown> = {};
  for (const sleutel of Object.keys(na) as Array<keyof WorkshopSession>) {
    if (JSON.stringify(voor[sleutel]) !== JSON.stringify(na[sleutel])) deel[sleutel] = na[sleutel];
  }
  return deel as Partial<WorkshopSession>;
}

/**
 * Sends this window's own changes to the session `id` and applies the other window's. With
 * `concept`, also returns the rode draden the control window is typing right now (null when
 * there is no draft); the presenter asks for that, the control window does not.
 */
export function useSessionSync(id: string, { concept: volgConcept = false } = {}): RodeDraad[] | null {
  const queryClient = useQueryClient();
  const [concept, setConcept] = useState<RodeDraad[] | null>(null);

  useEffect(() => {
    const kanaal = newChannel();
    if (!kanaal) return;
    const sleutel = apiKey('workshop.get', { id });
    const hash = hashKey(sleutel);
    // The last copy this window knows; a change is what differs from it.
    let bekend = queryClient.getQueryData<WorkshopSession>(sleutel);

    const weg = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.query.queryHash !== hash) return;
      const na = event.query.state.data as WorkshopSession | undefined;
      if (!na) return;
      const voor = bekend;
      bekend = na;
      // Fetched copies came from the API, which the other window reads too: only local edits travel.
      if (event.action.type !== 'success' || !event.action.manual || !voor) return;
      const deel = changedParts(voor, na);
      if (Object.keys(deel).length > 0)
        kanaal.postMessage({ soort: 'wijziging', sessieId: id, deel } satisfies SyncMessage);
    });

    kanaal.onmessage = (event: MessageEvent<SyncMessage>) => {
      const bericht = event.data;
      if (!bericht || bericht.sessieId !== id) return;
      if (bericht.soort === 'concept') {
        if (volgConcept) setConcept(bericht.rodeDraden);
        return;
      }
      const oud = queryClient.getQueryData<WorkshopSession>(sleutel);
      if (!oud) return;
      const nieuw = { ...oud, ...bericht.deel };
      // Known before the cache tells us, so applying it is not sent back as a change of our own.
      bekend = nieuw;
      queryClient.setQueryData(sleutel, nieuw);
    };
    return () => {
      weg();
      kanaal.close();
    };
  }, [id, queryClient, volgConcept]);

  return concept;
}

/** The control window tells the presenter what is typed in the rode draden now (null: nothing pending). */
export function useDraftRodeDraden(sessieId: string, rodeDraden: RodeDraad[]): void {
  useEffect(() => sendDraft({ soort: 'concept', sessieId, rodeDraden }), [sessieId, rodeDraden]);
  useEffect(() => () => sendDraft({ soort: 'concept', sessieId, rodeDraden: null }), [sessieId]);
}
