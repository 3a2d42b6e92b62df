import { useMutation, useQueryClient } from '@tanstack/react-query';
import { WORKSHOP_STEPS, type WorkshopSession, type WorkshopPosition, type WorkshopStep } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { apiKey } from '../../api/queries';

/**
 * What the room sees, as one row of screens: the casus, the talk, one screen per question of
 * the round, the rode draden. The control window steps through this row with two buttons.
 */
export function slides(session: Pick<WorkshopSession, 'questions'>): WorkshopPosition[] {
  return WORKSHOP_STEPS.flatMap((step): WorkshopPosition[] =>
    step === 'round'
      ? session.questions.map((_q, questionIndex) => ({ step, questionIndex }))
      : [{ step, questionIndex: 0 }],
  );
}

/** The place of `position` in `slides` (questions beyond the list count as the last one). */
export function slideIndex(session: Pick<WorkshopSession, 'questions'>, position: WorkshopPosition): number {
  const row = slides(session);
  if (position.step !== 'round') return row.findIndex((d) => d.step === position.step);
  const question = Math.min(position.questionIndex, session.questions.length - 1);
  return row.findIndex((d) => d.step === 'round' && d.questionIndex === question);
}

/** The nl.json key of a step's name. */
export const stepKey = (step: WorkshopStep) => `workshop.steps.${step}` as const;

/** Moves the session to another screen: at once in this window's copy, then stored (and so shown in the other window). */
export function useSetPosition(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (position: WorkshopPosition) => api.call('workshop.setPosition', { sessionId: id, position }),
    onMutate: (position) =>
      // Move at once; the projector must not lag behind the trainer's click.
      queryClient.setQueryData(apiKey('workshop.get', { id }), (previous: WorkshopSession | undefined) =>
        previous ? { ...previous, position } : previous,
      ),
  });
}
