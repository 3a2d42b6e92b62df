import { useMutation, useQueryClient } from '@tanstack/react-query';
import { WORKSHOP_STEPS, type WorkshopSession, type WorkshopPosition, type WorkshopStep } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { apiKey } from '../../api/queries';

/**
 * What the room sees, as one row of screens: the casus, the talk, one screen per question of
 * the round, the rode draden. The control window steps through this row with two buttons.
 */
export function slides(session: Pick<WorkshopSession, 'vragen'>): WorkshopPosition[] {
  return WORKSHOP_STEPS.flatMap((stap): WorkshopPosition[] =>
    stap === 'rondgang' ? session.vragen.map((_v, vraagIndex) => ({ stap, vraagIndex })) : [{ stap, vraagIndex: 0 }],
  );
}

/** The position of `stand` in `slides` (questions beyond the list count as the last one). */
export function slideIndex(session: Pick<WorkshopSession, 'vragen'>, stand: WorkshopPosition): number {
  const row = slides(session);
  if (stand.stap !== 'rondgang') return row.findIndex((d) => d.stap === stand.stap);
  const question = Math.min(stand.vraagIndex, session.vragen.length - 1);
  return row.findIndex((d) => d.stap === 'rondgang' && d.vraagIndex === question);
}

/** English names of the steps for their nl.json keys (the contract's step values are still Dutch). */
const STEP_NAMES = {
  casus: 'casus',
  gesprek: 'discussion',
  rondgang: 'round',
  'rode-draden': 'rode-draden',
} as const satisfies Record<WorkshopStep, string>;

/** The nl.json key of a step's name. */
export const stepKey = (step: WorkshopStep) => `workshop.steps.${STEP_NAMES[step]}` as const;

/** Moves the session to another screen: at once in this window's copy, then stored (and so shown in the other window). */
export function useSetPosition(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stand: WorkshopPosition) => api.call('workshop.setPosition', { sessieId: id, stand }),
    onMutate: (stand) =>
      // Move at once; the projector must not lag behind the trainer's click.
      queryClient.setQueryData(apiKey('workshop.get', { id }), (previous: WorkshopSession | undefined) =>
        previous ? { ...previous, stand } : previous,
      ),
  });
}
