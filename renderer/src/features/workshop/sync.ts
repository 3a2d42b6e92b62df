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
  | { kind: 'change'; sessionId: string; part: Partial<WorkshopSession> }
  | { kind: 'draft'; sessionId: string; rodeDraden: RodeDraad[] | null };

function newChannel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
}

// One channel object for the drafts: a channel never hears its own messages, other objects do.
let sender: BroadcastChannel | undefined;
function sendDraft(message: SyncMessage): void {
  if (!sender) {
    sender = newChannel();
    // Node (tests) would otherwise wait for this channel before exiting; browsers have no unref.
    (sender as { unref?: () => void } | undefined)?.unref?.();
  }
  sender?.postMessage(message);
}

/** The top-level fields of `after` that differ from `before` (compared by value). */
export function changedParts(before: WorkshopSession | undefined, after: WorkshopSession): Partial<WorkshopSession> {
  if (!before) return after;
  const part: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof WorkshopSession>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) part[key] = after[key];
  }
  return part as Partial<WorkshopSession>;
}

/**
 * Sends this window's own changes to the session `id` and applies the other window's. With
 * `draft`, also returns the rode draden the control window is typing right now (null when
 * there is no draft); the presenter asks for that, the control window does not.
 */
export function useSessionSync(id: string, { draft: followDraft = false } = {}): RodeDraad[] | null {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<RodeDraad[] | null>(null);

  useEffect(() => {
    const channel = newChannel();
    if (!channel) return;
    const key = apiKey('workshop.get', { id });
    const hash = hashKey(key);
    // The last copy this window knows; a change is what differs from it.
    let known = queryClient.getQueryData<WorkshopSession>(key);

    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.query.queryHash !== hash) return;
      const after = event.query.state.data as WorkshopSession | undefined;
      if (!after) return;
      const before = known;
      known = after;
      // Fetched copies came from the API, which the other window reads too: only local edits travel.
      if (event.action.type !== 'success' || !event.action.manual || !before) return;
      const part = changedParts(before, after);
      if (Object.keys(part).length > 0)
        channel.postMessage({ kind: 'change', sessionId: id, part } satisfies SyncMessage);
    });

    channel.onmessage = (event: MessageEvent<SyncMessage>) => {
      const message = event.data;
      if (!message || message.sessionId !== id) return;
      if (message.kind === 'draft') {
        if (followDraft) setDraft(message.rodeDraden);
        return;
      }
      const previous = queryClient.getQueryData<WorkshopSession>(key);
      if (!previous) return;
      const created = { ...previous, ...message.part };
      // Known before the cache tells us, so applying it is not sent back as a change of our own.
      known = created;
      queryClient.setQueryData(key, created);
    };
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [id, queryClient, followDraft]);

  return draft;
}

/** The control window tells the presenter what is typed in the rode draden now (null: nothing pending). */
export function useDraftRodeDraden(sessionId: string, rodeDraden: RodeDraad[]): void {
  useEffect(() => sendDraft({ kind: 'draft', sessionId, rodeDraden }), [sessionId, rodeDraden]);
  useEffect(() => () => sendDraft({ kind: 'draft', sessionId, rodeDraden: null }), [sessionId]);
}
