import { useMutation, useQueryClient } from '@tanstack/react-query';
import { WORKSHOP_STAPPEN, type WorkshopSessie, type WorkshopStand } from '../../../../shared/workshop/index';
import { useApi } from '../../api/context';
import { workshopKeys } from './queries';

/**
 * What the room sees, as one row of screens: the casus, the talk, one screen per question of
 * the round, the rode draden. The control window steps through this row with two buttons.
 */
export function dias(sessie: Pick<WorkshopSessie, 'vragen'>): WorkshopStand[] {
  return WORKSHOP_STAPPEN.flatMap((stap): WorkshopStand[] =>
    stap === 'rondgang' ? sessie.vragen.map((_v, vraagIndex) => ({ stap, vraagIndex })) : [{ stap, vraagIndex: 0 }],
  );
}

/** The position of `stand` in `dias` (questions beyond the list count as the last one). */
export function diaIndex(sessie: Pick<WorkshopSessie, 'vragen'>, stand: WorkshopStand): number {
  const rij = dias(sessie);
  if (stand.stap !== 'rondgang') return rij.findIndex((d) => d.stap === stand.stap);
  const vraag = Math.min(stand.vraagIndex, sessie.vragen.length - 1);
  return rij.findIndex((d) => d.stap === 'rondgang' && d.vraagIndex === vraag);
}

/** Moves the session to another screen: at once in this window's copy, then stored (and so shown in the other window). */
export function useZetStand(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stand: WorkshopStand) => api.call('workshop.setStand', { sessieId: id, stand }),
    onMutate: (stand) =>
      // Move at once; the projector must not lag behind the trainer's click.
      queryClient.setQueryData(workshopKeys.detail(id), (oud: WorkshopSessie | undefined) =>
        oud ? { ...oud, stand } : oud,
      ),
  });
}
