import type { TrajectAnswersInput } from '../../../shared/participatie/index';
import { TrajectAnswers } from '../../../shared/participatie/index';
import type { Traject } from '../../../shared/traject/traject';
import { AnswersSessionProvider } from '../../../renderer/src/lib/answers/AnswersSessionProvider';
import { FlowView } from '../../../renderer/src/features/flow/FlowView';
import { OverviewView } from '../../../renderer/src/features/flow/OverviewView';
import { useHelp } from '../../../renderer/src/features/flow/help/helpStore';
import { renderWithBackend } from '../render';

/**
 * Renders the workspace (or the overview) of a seeded traject against the real dispatcher, the
 * way TrajectPage mounts it: inside one answers session.
 */
export function renderTraject(
  options: {
    answers?: TrajectAnswersInput;
    phase?: string;
    view?: 'phases' | 'overview';
    onPhase?: (p: string) => void;
  } = {},
) {
  useHelp.setState({ open: false, topic: null });
  const seeded: { traject?: Traject } = {};
  function Harness() {
    const traject = seeded.traject!;
    return (
      <AnswersSessionProvider trajectId={traject.id}>
        {options.view === 'overview' ? (
          <OverviewView traject={traject} onNext={() => {}} />
        ) : (
          <FlowView
            traject={traject}
            phase={options.phase}
            onPhase={options.onPhase ?? (() => {})}
            onOverview={() => {}}
          />
        )}
      </AnswersSessionProvider>
    );
  }
  const result = renderWithBackend(<Harness />, {
    seed: (services) => {
      seeded.traject = services.trajecten.create({
        title: 'Aardgasvrij in de Vogelbuurt',
        municipality: 'Groningen',
        vraagstuk: '',
      });
      if (options.answers) services.answers.save(seeded.traject.id, TrajectAnswers.parse(options.answers));
    },
  });
  const traject = seeded.traject!;
  return { ...result, traject, stored: () => result.backend.services.answers.get(traject.id) };
}
