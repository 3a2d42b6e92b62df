import type { PhaseAnswers, TrajectAnswers } from '../participatie/answers';
import type { Catalogue } from '../participatie/instrument';
import { phaseLabels } from '../participatie/labels';
import { PHASES, phaseRank, type CompetentBody, type Phase } from '../participatie/vocabulary';
import { genId } from './ids';
import { makeNode, type EdgeType, type PlateEdge, type PlateNode, type Procesplaat } from './model';
import { COUNCIL_RUN_INSTRUMENTS, INPUT_INSTRUMENTS, UITDAAGRECHT } from './order';
import { stepTexts as T } from './texts';

export interface GenerateOptions {
  /** To name activities after their instrument; unknown ids keep their id as title. */
  catalogue?: Catalogue;
}

/**
 * Ids of the steps around a decision. In besluitvorming they keep the ids of the first
 * generator (`gen:raad:besluit`, ...), so plates made before still merge; other phases prefix
 * their phase.
 */
const inPhase = (phase: Phase, rest: string) => (phase === 'besluitvorming' ? `gen:${rest}` : `gen:${phase}:${rest}`);
export const genStepId = {
  councilProposal: (phase: Phase) =>
    phase === 'besluitvorming' ? genId.councilProposal : `gen:${phase}:college:raadsvoorstel`,
  councilInformation: (phase: Phase) =>
    phase === 'besluitvorming' ? genId.councilInformation : `gen:${phase}:raad:informatie`,
  councilDecision: (phase: Phase) => (phase === 'besluitvorming' ? genId.councilDecision : `gen:${phase}:raad:besluit`),
  bodyDecision: (phase: Phase, body: Exclude<CompetentBody, 'raad'>) => inPhase(phase, `${body}:besluit`),
  councilInformationLetter: (phase: Phase) => inPhase(phase, 'raad:raadsinformatiebrief'),
  decisionFeedback: (phase: Phase) => inPhase(phase, 'terugkoppeling-besluit'),
  uitdaagrechtDecision: (phase: Phase) => `gen:${phase}:college:besluit-uitdaagrecht`,
  uitdaagrechtInformation: (phase: Phase) => `gen:${phase}:raad:raadsinformatiebrief-uitdaagrecht`,
  uitdaagrechtFeedback: (phase: Phase) => `gen:${phase}:terugkoppeling-besluit-uitdaagrecht`,
  mandate: (phase: Phase) => `gen:${phase}:mandaat`,
  collegeExecutes: (phase: Phase) => `gen:${phase}:college:uitvoering`,
  councilEvaluation: 'gen:raad:evaluatie',
} as const;

/** Who decides what a phase leads to: the phase's own answer, else the traject's, else the raad in besluitvorming. */
export function competentBodyOf(answers: TrajectAnswers, phase: Phase): CompetentBody | undefined {
  const own = answers.phases[phase]?.competentBody;
  if (own) return own;
  return phase === 'besluitvorming' ? (answers.competentBody ?? 'raad') : undefined;
}

/** Residents decide themselves: a mandate at meebeslissen or zelfbeheer. */
const hasMandate = (a: PhaseAnswers | undefined) =>
  a?.mandate === true && (a.level === 'meebeslissen' || a.level === 'zelfbeheer');

/**
 * The spelregels process for a traject, straight from its answers, in the order the brief asks:
 * the raad sets the kaders before anything happens (only when someone answered kaders or the
 * kaderstellend role); per phase the chosen instruments as activities, each with feedback;
 * the decision where the competent body takes it: a raadsbesluit after the council heard the
 * input (and after its own rondetafelgesprek or spreekrecht), a college decision followed by a
 * raadsinformatiebrief, a mandate where residents decide and the college carries out, the
 * college's decision on an uitdaagrecht request; after every decision residents took part in,
 * feedback to all participants; an evaluation only when one was planned, and it goes back to
 * the raad. Nothing about participation when nobody takes part.
 *
 * Pure and deterministic (ids derive from phase + instrument) so a later generation can be
 * merged with a hand-edited plate. Positions are all zero: layout is a separate step (layout.ts).
 */
export function generateProcesplaat(answers: TrajectAnswers, options: GenerateOptions = {}): Procesplaat {
  const names = new Map(options.catalogue?.instruments.map((i) => [i.id, i.name]));
  const nameOf = (instrument: string) => names.get(instrument) ?? instrument;
  const nodes: PlateNode[] = [];
  const edges: PlateEdge[] = [];
  const connect = (source: string, target: string, type: EdgeType = 'volgorde', label = '') =>
    edges.push({ id: genId.edge(source, target), source, target, type, label });

  const instrumentsOf = (phase: Phase): string[] => {
    const a = answers.phases[phase];
    return a && !a.geenParticipatie ? [...new Set(a.instruments ?? [])] : [];
  };
  const hasParticipation = PHASES.some((p) => instrumentsOf(p).length > 0);
  const wantsKaders = PHASES.some((p) => {
    const a = answers.phases[p];
    return !!a && ((a.councilRoles ?? []).includes('kaderstellend') || (a.kaders ?? []).length > 0);
  });

  for (const phase of PHASES) {
    nodes.push(
      makeNode('fase', genId.fase(phase), {
        title: phaseLabels[phase].label,
        phase,
        room: answers.phases[phase]?.room,
      }),
    );
  }

  // The tail of the chain so far; every step hangs after all of them (a join after parallel activities).
  let tail: string[] = [];
  const step = (node: PlateNode) => {
    nodes.push(node);
    for (const t of tail) connect(t, node.id);
    tail = [node.id];
  };
  /** Residents took part before the current step: the council must hear it, participants must hear back. */
  let participated = false;
  /** Opbrengst of earlier phases that the council must see before it decides. */
  const results: string[] = [];

  // Kaderstelling and announcement come once, right before the first thing that happens.
  let framesPending = wantsKaders;
  let announcePending = hasParticipation;
  const start = (phase: Phase) => {
    if (!framesPending) return;
    framesPending = false;
    step(
      makeNode('raadsmoment', genId.kaderstelling, {
        ...T.kaderstelling,
        moment: 'kaderstelling',
        councilRoles: ['kaderstellend'],
        phase,
      }),
    );
  };
  const announce = (phase: Phase) => {
    start(phase);
    if (!announcePending) return;
    announcePending = false;
    step(makeNode('communicatie', genId.announcement, { ...T.announcement, phase }));
  };

  const activity = (phase: Phase, instrument: string, answer: PhaseAnswers | undefined) =>
    makeNode('activiteit', genId.activity(phase, instrument), {
      title: nameOf(instrument),
      phase,
      instrument,
      level: answer?.level,
      // One reach per node on the plate; the answers may list several.
      reach: Array.isArray(answer?.reach) ? answer.reach[0] : answer?.reach,
      groups: answer?.groups ?? [],
    });
  /** Parallel activities after the current tail; returns their ends. */
  const parallel = (list: PlateNode[], from: string[]) => {
    for (const n of list) {
      nodes.push(n);
      for (const t of from) connect(t, n.id);
    }
    return list.map((n) => n.id);
  };
  const feedbackOnDecision = (phase: Phase, id = genStepId.decisionFeedback(phase)) => {
    if (participated) step(makeNode('terugkoppeling', id, { ...T.decisionFeedback, phase }));
  };

  for (const phase of PHASES) {
    const answer = answers.phases[phase];
    const instruments = instrumentsOf(phase);
    const uitdaagrecht = instruments.includes(UITDAAGRECHT);
    const mandate = !uitdaagrecht && instruments.length > 0 && hasMandate(answer);
    // A mandate is this phase's decision. So is an uitdaagrecht request, unless the phase names its
    // own competent body or also gathers input for a decision (a referendum, the raad's own hearing).
    const forDecision = instruments.some((i) => INPUT_INSTRUMENTS.has(i) || COUNCIL_RUN_INSTRUMENTS.has(i));
    const body =
      mandate || (uitdaagrecht && !answer?.competentBody && !forDecision) ? undefined : competentBodyOf(answers, phase);
    const councilRun = body === 'raad' ? instruments.filter((i) => COUNCIL_RUN_INSTRUMENTS.has(i)) : [];
    const regular = instruments.filter((i) => i !== UITDAAGRECHT && !councilRun.includes(i));
    const promised = answer?.priorCommitment === true;

    if (instruments.length > 0) announce(phase);

    // 1. The phase's activities, in parallel, each followed by its own feedback.
    const entry = tail;
    const ends: string[] = [];
    let aside: string[] = [];
    for (const instrument of regular) {
      const a = activity(phase, instrument, answer);
      const fb = makeNode('terugkoppeling', genId.terugkoppeling(phase, instrument), {
        ...T.activityFeedback(nameOf(instrument)),
        phase,
      });
      nodes.push(a, fb);
      for (const t of entry) connect(t, a.id);
      connect(a.id, fb.id);
      ends.push(fb.id);
    }
    // The request, then the college decides on it and the raad hears it; the decision's feedback closes it.
    if (uitdaagrecht) {
      const saved = tail;
      tail = entry;
      step(activity(phase, UITDAAGRECHT, answer));
      participated = true;
      step(makeNode('collegemoment', genStepId.uitdaagrechtDecision(phase), { ...T.uitdaagrechtDecision, phase }));
      step(
        makeNode('raadsmoment', genStepId.uitdaagrechtInformation(phase), {
          ...T.councilInformationLetter,
          moment: 'informatie',
          councilRoles: ['controlerend'],
          phase,
        }),
      );
      feedbackOnDecision(phase, genStepId.uitdaagrechtFeedback(phase));
      // When the phase has its own decision as well, the request runs beside it, not into it:
      // the raad's hearing after the college's decision would look like participation too late.
      if (body) aside = tail;
      else ends.push(...tail);
      tail = saved;
    }
    if (ends.length > 0) {
      tail = ends;
      participated = true;
    }
    const inputHere = regular.some((i) => INPUT_INSTRUMENTS.has(i));

    // 2. Who decides.
    if (mandate) {
      step(makeNode('mijlpaal', genStepId.mandate(phase), { ...T.mandate, phase }));
      step(makeNode('collegemoment', genStepId.collegeExecutes(phase), { ...T.collegeExecutes, phase }));
      step(
        makeNode('raadsmoment', genStepId.councilInformationLetter(phase), {
          ...T.councilInformationLetter,
          moment: 'informatie',
          councilRoles: ['controlerend'],
          phase,
        }),
      );
      feedbackOnDecision(phase);
    } else if (body === 'raad') {
      start(phase);
      // Opbrengst that already flows into the proposal in sequence needs no extra arrow.
      const direct = new Set(tail);
      step(makeNode('collegemoment', genStepId.councilProposal(phase), { ...T.councilProposal(participated), phase }));
      if (participated || councilRun.length > 0) {
        const info = genStepId.councilInformation(phase);
        step(
          makeNode('raadsmoment', info, {
            ...(participated ? T.councilHearsResults : T.councilDiscussesProposal),
            moment: 'informatie',
            councilRoles: ['volksvertegenwoordigend'],
            phase,
          }),
        );
        for (const source of results) if (!direct.has(source)) connect(source, info, 'informatie', T.resultsArrowLabel);
        // Heard once: a later decision sees it through this moment.
        results.length = 0;
      }
      if (councilRun.length > 0) {
        tail = parallel(
          councilRun.map((i) => activity(phase, i, answer)),
          tail,
        );
        participated = true;
      }
      step(
        makeNode('raadsmoment', genStepId.councilDecision(phase), {
          ...T.councilDecision(promised),
          moment: 'besluit',
          councilRoles: ['besluitvormend'],
          phase,
        }),
      );
      feedbackOnDecision(phase);
    } else if (body) {
      start(phase);
      step(
        makeNode('collegemoment', genStepId.bodyDecision(phase, body), {
          ...T.bodyDecision(body, promised),
          phase,
        }),
      );
      step(
        makeNode('raadsmoment', genStepId.councilInformationLetter(phase), {
          ...T.councilInformationLetter,
          moment: 'informatie',
          councilRoles: ['controlerend'],
          phase,
        }),
      );
      feedbackOnDecision(phase);
    } else if (regular.length > 0 && phase !== 'evaluatie') {
      // 3. No decision here: the opbrengst is bundled and goes on to the next phase.
      step(makeNode('mijlpaal', genId.milestone(phase), { ...T.resultsBundled(phaseLabels[phase].label), phase }));
      if (phaseRank(phase) < phaseRank('besluitvorming')) results.push(genId.milestone(phase));
      // After the decision, input (an inspraakavond on the execution, a vote) still goes to the raad.
      else if (inputHere)
        step(
          makeNode('raadsmoment', genStepId.councilInformation(phase), {
            ...T.councilHearsResults,
            moment: 'informatie',
            councilRoles: ['controlerend'],
            phase,
          }),
        );
    }

    tail = [...tail, ...aside];

    // 4. Evaluation, only when one was planned with participation; it goes back to the raad.
    if (phase === 'evaluatie' && instruments.length > 0) {
      step(makeNode('evaluatie', genId.evaluatie, { ...T.evaluatie, phase }));
      step(
        makeNode('raadsmoment', genStepId.councilEvaluation, {
          ...T.councilHearsEvaluation,
          moment: 'informatie',
          councilRoles: ['controlerend'],
          phase,
        }),
      );
    }
  }

  const generatedIds = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
  return { nodes, edges, generatedIds };
}
