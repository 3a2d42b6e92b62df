import { useMutation, useQueryClient } from '@tanstack/react-query';
import { WORKSHOP_STEPS, type WorkshopSession, type WorkshopPosition } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { apiKey } from '../../api/queries';

/**
 * What the room sees, as one row of screens: the casus, the talk, one screen per question of
 * the round, the rode draden. The control window steps through this row with two buttons.
 */
export function slides(sessie: Pick<WorkshopSession, 'vragen'>): WorkshopPosition[] {
  return WORKSHOP_STEPS.flatMap((stap): WorkshopPosition[] =>
    stap === 'rondgang' ? sessie.vragen.map((_v, vraagIndex) => ({ stap, vraagIndex })) : [{ stap, vraagIndex: 0 }],
  );
}

/** The position of `stand` in `slides` (questions beyond the list count as the last one). */
export function slideIndex(sessie: Pick<WorkshopSession, 'vragen'>, stand: WorkshopPosition): number {
  const rij = slides(sessie);
  if (stand.stap !== 'rondgang') return rij.findIndex((d) => d.stap === stand.stap);
  const vraag = Math.min(stand.vraagIndex, sessie.vragen.length - 1);
  return rij.findIndex((d) => d.stap === 'rondgang' && d.vraagIndex === vraag);
}

/** Moves the session to another screen: at once in this window's copy, then stored (and so shown in the other window). */
export function useSetPosition(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stand: WorkshopPosition) => api.call('workshop.setPosition', { sessieId: id, stand }),
    onMutate: (stand) =>
      // Move at once; the projector must not lag behind the trainer's click.
      queryClient.setQueryData(apiKey('workshop.get', { id }), (oud: WorkshopSession | undefined) =>
        oud ? { ...oud, stand } : oud,
      ),
  });
}
