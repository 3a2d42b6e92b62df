import { formatIsoDate, formatList } from '../format';
import {
  councilRoleLabels,
  euro,
  goalLabels,
  reachLabels,
  type Catalogue,
  type InstrumentNames,
  type PhaseAnswers,
  type Recommendation,
  type TrajectAnswers,
} from '../participatie/index';
import { PHASES, type Phase } from '../participatie/vocabulary';
import type { PlateNode, Procesplaat } from '../procesplaat/model';
import type { PlanFacts, OpenPoint } from './analysis';
import type { ResolvedDetails } from './details';
import type { Block, Section, SectionId } from './model';
import { describeProcesplaat, type ProcesplaatPicture } from './procesplaat-figure';
import type { Spelregel } from './spelregels';
import {
  describeExclusion,
  formatPeriod,
  groupName,
  inPhases,
  levelName,
  outreachFormal,
  phaseName,
  quotedPromise,
  reasonFormal,
  roomFormal,
  TO_BE_FILLED_IN,
  toBeFilledIn,
  planTitles,
  tableHeaders,
  openPointSources,
  mixRoles,
  planPhrases,
  planLabels,
  definitionRows,
  nothingRecorded,
} from './texts';
import { indexCatalogue } from '../participatie/catalogue-index';

/** Everything a section may read. Built once per document by build.ts. */
export interface SectionContext {
  vraagstuk: string;
  answers: TrajectAnswers;
  plate: Procesplaat;
  recommendation: Recommendation;
  catalogue: Catalogue;
  names: InstrumentNames;
  spelregels: Spelregel[];
  picture: ProcesplaatPicture;
  facts: PlanFacts;
  details: ResolvedDetails;
  openPoints: OpenPoint[];
  title: string;
  /** When the traject follows a participatiecode: the article the plan rests on ("artikel 6 van de …"). */
  codeLegalBasis?: string;
}

type Draft = Omit<Section, 'children'> & { children?: Section[] };
const p = (text: string, label?: string): Block =>
  label ? { kind: 'paragraph', text, label } : { kind: 'paragraph', text };
const bullets = (items: string[]): Block => ({ kind: 'list', ordered: false, items });
const table = (header: string[], rows: string[][], widths: number[]): Block => ({
  kind: 'table',
  header,
  rows,
  widths,
});

const answered = (ctx: SectionContext): [Phase, PhaseAnswers][] =>
  PHASES.flatMap((ph) => (ctx.answers.phases[ph] ? [[ph, ctx.answers.phases[ph]!] as [Phase, PhaseAnswers]] : []));
const active = (ctx: SectionContext): [Phase, PhaseAnswers][] => answered(ctx).filter(([, a]) => !a.geenParticipatie);
const nodes = <T extends PlateNode['type']>(ctx: SectionContext, type: T) =>
  ctx.plate.nodes.filter((n): n is Extract<PlateNode, { type: T }> => n.type === type);
const nodeDate = (n: PlateNode): string => {
  const d = n.data as { date?: string; start?: string; end?: string };
  if (d.start && d.end) return `${formatIsoDate(d.start)} – ${formatIsoDate(d.end)}`;
  return formatIsoDate(d.date || d.start || d.end || '');
};
const nothing = (what: string) => p(nothingRecorded(what));

const definitionsSection = (): Draft => ({
  id: 'definitions',
  title: planTitles.definitions,
  blocks: [
    table(
      tableHeaders.definitions,
      definitionRows.map(([term, meaning]) => [term, meaning]),
      [1, 3],
    ),
  ],
});

const vraagstukSection = (ctx: SectionContext): Draft => ({
  id: 'vraagstuk',
  title: planTitles.vraagstuk,
  blocks: [
    ctx.vraagstuk.trim() ? p(ctx.vraagstuk.trim()) : p(planPhrases.vraagstukNotDescribed),
    p('Per fase van het beleidsproces legt de gemeente vast of inwoners worden betrokken, en waarom wel of niet.'),
    answered(ctx).length === 0
      ? nothing('fase')
      : table(
          tableHeaders.vraagstuk,
          answered(ctx).map(([ph, a]) => [
            phaseName(ph),
            a.geenParticipatie ? 'Nee' : 'Ja',
            a.geenParticipatie
              ? a.geenParticipatie.reden.trim() || planPhrases.motiveringMissing
              : a.goalsInOwnWords?.trim() ||
                a.goals.map((g) => goalLabels[g].label).join('; ') ||
                planPhrases.notYetFilledIn,
          ]),
          [1, 0.6, 3],
        ),
  ],
});

const goalsSection = (ctx: SectionContext): Draft => ({
  id: 'goals',
  title: planTitles.goals,
  blocks:
    active(ctx).length === 0
      ? [nothing('doel')]
      : [
          table(
            tableHeaders.goals,
            active(ctx).map(([ph, a]) => [
              phaseName(ph),
              a.goals.map((g) => goalLabels[g].label).join('; ') || planPhrases.notYetSet,
            ]),
            [1, 3],
          ),
        ],
});

/** One table, not a paragraph per phase: readable side by side, and short in the table of contents. */
const roomSection = (ctx: SectionContext): Draft => ({
  id: 'room',
  title: planTitles.room,
  blocks:
    active(ctx).length === 0
      ? [nothing('beïnvloedingsruimte')]
      : [
          p(
            'Per fase staat hieronder hoeveel ruimte er voor invloed is, welke kaders vastliggen en welke middelen en tijd er zijn.',
          ),
          table(
            tableHeaders.room,
            active(ctx).map(([ph, a]) => {
              const means: string[] = [];
              if (a.budget !== undefined) means.push(`budget ${euro(a.budget)}`);
              if (a.time?.weeks) means.push(`${a.time.weeks} weken`);
              if (a.time?.deadline) means.push(`uiterlijk ${a.time.deadline}`);
              return [
                phaseName(ph),
                a.room ? roomFormal[a.room] : planPhrases.roomNotDecided,
                a.kaders.length ? a.kaders.join(' ') : planPhrases.noFramesSet,
                means.length ? formatList(means) : '—',
              ];
            }),
            [1, 2, 2.4, 1],
          ),
        ],
});

const levelSection = (ctx: SectionContext): Draft => ({
  id: 'level',
  title: planTitles.level,
  blocks: [
    p(
      'Het niveau op de participatieladder bepaalt wat deelnemers mogen verwachten. De belofte wordt bij elke uitnodiging herhaald.',
    ),
    active(ctx).length === 0
      ? nothing('niveau')
      : table(
          tableHeaders.level,
          active(ctx).map(([ph, a]) => [
            phaseName(ph),
            a.level ? levelName(a.level) : planPhrases.levelNotChosen,
            a.level ? quotedPromise(a.level) : '',
          ]),
          [1, 0.8, 3],
        ),
  ],
});

/** What the raad does in this plan, from the same facts as the spelregels: nothing it does not do. */
function councilRole(ctx: SectionContext): string {
  const f = ctx.facts;
  const does: string[] = [];
  if (f.framesFirst) does.push('stelt vooraf de kaders vast');
  if (f.raadInformed) does.push('hoort wat inwoners hebben ingebracht voordat hij besluit');
  if (f.decisions.some((d) => d.by === 'raad'))
    does.push(
      `neemt het besluit ${inPhases([...new Set(f.decisions.filter((d) => d.by === 'raad').map((d) => d.phase))])}`,
    );
  if (f.decisions.some((d) => d.by === 'college' || d.by === 'burgemeester'))
    does.push('wordt met een raadsinformatiebrief geïnformeerd over de besluiten van het college of de burgemeester');
  if (f.mandate.length) does.push(`geeft inwoners ${inPhases(f.mandate)} vooraf een mandaat`);
  does.push('controleert de uitvoering van dit plan');
  return `De raad ${formatList(does)}.`;
}

function rolesSection(ctx: SectionContext): Draft {
  const org = ctx.answers.organisatie ?? {};
  const councilMoments = nodes(ctx, 'raadsmoment').map(
    (n) =>
      `${n.data.title}${n.data.phase ? ` (${phaseName(n.data.phase).toLowerCase()})` : ''}${nodeDate(n) ? `, ${nodeDate(n)}` : ''}`,
  );
  const councilRolePerPhase = answered(ctx)
    .filter(([, a]) => a.councilRoles.length > 0)
    .map(
      ([ph, a]) =>
        `${phaseName(ph)}: ${formatList(a.councilRoles.map((r) => councilRoleLabels[r].label.toLowerCase()))}`,
    );
  const college = nodes(ctx, 'collegemoment').map((n) => n.data.title + (nodeDate(n) ? `, ${nodeDate(n)}` : ''));
  const residents = active(ctx).map(
    ([ph, a]) => `${phaseName(ph)}: ${a.level ? levelName(a.level).toLowerCase() : 'niveau nog niet gekozen'}`,
  );
  const officials: Block[] = [
    p(
      'De ambtelijke organisatie bereidt de participatie voor, voert haar uit en zorgt voor verslag en terugkoppeling.',
    ),
  ];
  if (org.interneOrganisatie?.trim()) officials.push(p(org.interneOrganisatie.trim(), planLabels.organisation));
  if (org.competenties?.trim()) officials.push(p(org.competenties.trim(), planLabels.competences));
  if (org.randvoorwaarden?.trim()) officials.push(p(org.randvoorwaarden.trim(), planLabels.preconditions));
  return {
    id: 'roles',
    title: planTitles.roles,
    blocks: [],
    children: [
      {
        id: 'roles:inwoners',
        title: planTitles.rolesInwoners,
        blocks: [
          p('Inwoners denken, praten of beslissen mee op het niveau dat per fase is afgesproken.'),
          ...(residents.length ? [bullets(residents)] : []),
        ],
        children: [],
      },
      {
        id: 'roles:raad',
        title: planTitles.rolesRaad,
        blocks: [
          p(councilRole(ctx)),
          ...(org.raad?.trim() ? [p(org.raad.trim(), planLabels.agreement)] : []),
          ...(councilRolePerPhase.length ? [p(planLabels.councilRolePerPhase), bullets(councilRolePerPhase)] : []),
          ...(councilMoments.length
            ? [p(planLabels.councilMoments), bullets(councilMoments)]
            : [p('In de procesplaat zijn nog geen momenten van de raad opgenomen.')]),
        ],
        children: [],
      },
      {
        id: 'roles:college',
        title: planTitles.rolesCollege,
        blocks: [
          p(
            'Het college is verantwoordelijk voor de uitvoering van dit participatieplan en legt daarover verantwoording af aan de raad.',
          ),
          ...(college.length ? [bullets(college)] : []),
        ],
        children: [],
      },
      { id: 'roles:officials', title: planTitles.rolesOfficials, blocks: officials, children: [] },
    ],
  };
}

function targetGroupsSection(ctx: SectionContext): Draft {
  const rows = active(ctx).map(([ph, a]) => [
    phaseName(ph),
    a.reach.length > 0 ? a.reach.map((r) => reachLabels[r].label).join('; ') : planPhrases.reachNotDecided,
    a.groups.map(groupName).join('; ') || 'Geen',
  ]);
  const groups = [...new Set(active(ctx).flatMap(([, a]) => a.groups))];
  return {
    id: 'target-groups',
    title: planTitles.targetGroups,
    blocks: [
      rows.length ? table(tableHeaders.targetGroups, rows, [1, 1.2, 2]) : nothing('doelgroep'),
      ...(groups.length
        ? [
            p('Groepen die zich minder vanzelf melden, worden als volgt bereikt:'),
            bullets(groups.map((g) => `${groupName(g)}: ${outreachFormal[g]}`)),
          ]
        : []),
    ],
  };
}

/** "Helpt bij het doel x. Bereikt y." as one readable sentence: first letters kept, full stops between. */
const sentences = (parts: string[]) =>
  parts
    .map((t) => t.trim())
    .filter(Boolean)
    .join(' ');

function mixSection(ctx: SectionContext): Draft {
  const index = indexCatalogue(ctx.catalogue);
  const children: Section[] = [];
  for (const [ph, a] of active(ctx)) {
    const rec = ctx.recommendation.phases.find((r) => r.phase === ph);
    const chosen = a.instruments.length > 0;
    const ids = chosen ? a.instruments : (rec?.mix.items.map((i) => i.instrumentId) ?? []);
    const rows = ids.map((id) => {
      const item = index.byId.get(id);
      const ranked = rec?.ranking.find((r) => r.instrumentId === id);
      const excluded = rec?.excluded.find((r) => r.instrumentId === id);
      const mixItem = rec?.mix.items.find((i) => i.instrumentId === id);
      const onlyLevel = excluded?.exclusions.every((e) => e.criterion === 'niveau' || e.criterion === 'ruimte');
      const companion = !!item?.informingCompanion && (mixItem?.why === 'terugkoppeling' || (!!excluded && onlyLevel));
      const supporting =
        !companion &&
        !!excluded &&
        excluded.exclusions.every((e) => e.criterion === 'niveau') &&
        ctx.facts.warnings.some(
          (w) => w.id === 'ondersteunend-instrument' && w.phase === ph && w.instrumentIds?.includes(id),
        );
      const role = companion
        ? mixRoles.companion
        : supporting
          ? mixRoles.supporting
          : !chosen
            ? mixRoles.proposed
            : ranked && !ranked.feasible
              ? mixRoles.chosenInfeasible
              : excluded
                ? mixRoles.chosenNotFitting
                : mixRoles.chosen;
      const fits = companion
        ? 'Geeft zelf geen invloed; houdt deelnemers op de hoogte en laat hen weten wat met hun inbreng is gedaan.'
        : supporting
          ? 'Geeft deelnemers minder invloed dan het niveau van deze fase; deelnemers horen vooraf welke invloed zij hier hebben.'
          : sentences(
              (ranked?.reasons ?? []).filter((r) => r.effect === 'fits' && r.criterion !== 'fase').map(reasonFormal),
            );
      const caveat =
        companion || supporting
          ? ''
          : sentences([
              ...(ranked?.reasons ?? [])
                .filter((r) => r.effect === 'does-not-fit' && r.criterion !== 'fase')
                .map(reasonFormal),
              ...(excluded?.exclusions.map(describeExclusion) ?? []),
              ...(ranked && !ranked.feasible ? [planPhrases.seeAnnexA] : excluded ? [planPhrases.seeAnnexA] : []),
            ]);
      return [
        `${ctx.names(id)}${item ? `: ${item.instrument.short}` : ': dit instrument staat niet in de catalogus.'}`,
        role,
        fits || planPhrases.noParticularReasons,
        caveat || 'Geen.',
      ];
    });
    const blocks: Block[] = [
      p(
        chosen
          ? planLabels.instrumentsChosen
          : 'Er zijn nog geen instrumenten gekozen. Op grond van de antwoorden wordt de volgende mix voorgesteld.',
      ),
      rows.length ? table(tableHeaders.mix, rows, [2, 1, 2.4, 1.8]) : p(planPhrases.noFittingInstrument),
    ];
    children.push({ id: `mix:${ph}`, title: phaseName(ph), blocks, children: [] });
  }
  return {
    id: 'mix',
    title: planTitles.mix,
    blocks: [
      p(
        'De instrumenten zijn gekozen na de doelen, de ruimte, het niveau en de doelgroep: eerst het doel, dan het middel. Per instrument staat waarom het past en welke kanttekening erbij hoort.',
      ),
    ],
    children,
  };
}

/** The steps that make a phase: what people and bodies do. */
const PLANNED = new Set<PlateNode['type']>(['activiteit', 'raadsmoment', 'collegemoment', 'evaluatie', 'mijlpaal']);

function planningSection(ctx: SectionContext): Draft {
  const own = ctx.answers.plan?.planning ?? {};
  const rows: string[][] = [];
  let gaps = 0;
  for (const ph of PHASES) {
    const steps = ctx.plate.nodes.filter((n) => n.type !== 'fase' && n.data.phase === ph && PLANNED.has(n.type));
    const a = ctx.answers.phases[ph];
    if (steps.length === 0 && !a) continue;
    const dates = steps
      .flatMap((n) => {
        const d = n.data as { date?: string; start?: string; end?: string };
        return [d.date, d.start, d.end];
      })
      .filter((d): d is string => !!d)
      .sort();
    const period =
      formatPeriod(own[ph]?.start, own[ph]?.end) ||
      (dates.length ? formatPeriod(dates[0], dates.at(-1) !== dates[0] ? dates.at(-1) : undefined) : '');
    if (!period) gaps++;
    const time = [
      a?.time?.weeks ? `${a.time.weeks} weken` : '',
      a?.time?.deadline ? `uiterlijk ${a.time.deadline}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    rows.push([
      phaseName(ph),
      period || TO_BE_FILLED_IN,
      steps.length
        ? steps.map((n) => `${n.data.title}${nodeDate(n) ? ` (${nodeDate(n)})` : ''}`).join('; ')
        : a?.geenParticipatie
          ? planPhrases.noParticipationInPhase
          : planPhrases.noStepsYet,
      time || '—',
    ]);
  }
  return {
    id: 'planning',
    title: planTitles.planning,
    blocks: rows.length
      ? [
          p('Per fase staan hieronder de periode, de stappen uit de procesplaat en de beschikbare tijd.'),
          table(tableHeaders.planning, rows, [1, 1.2, 3, 1]),
          ...(gaps
            ? [
                p(
                  gaps === rows.length
                    ? `Voor geen van de fasen is al een periode vastgelegd; dat is gemarkeerd als ${TO_BE_FILLED_IN}.`
                    : `Voor ${gaps} van de ${rows.length} fasen is nog geen periode vastgelegd; dat is gemarkeerd als ${TO_BE_FILLED_IN}.`,
                ),
              ]
            : []),
        ]
      : [nothing('planning')],
  };
}

function procesplaatSection(ctx: SectionContext): Draft {
  const image = ctx.picture(ctx.plate);
  const description = describeProcesplaat(ctx.plate);
  const alt = `Procesplaat met ${description.reduce((s, d) => s + d.steps.length, 0)} stappen in ${description.length} fasen.`;
  return {
    id: 'procesplaat',
    title: planTitles.procesplaat,
    blocks: [
      p(
        'De procesplaat toont per fase de activiteiten met inwoners, de momenten van college en raad en de terugkoppeling.',
      ),
      {
        kind: 'figure',
        caption: planPhrases.figureCaption,
        alt,
        svg: image.svg,
        width: image.width,
        height: image.height,
      },
      p(planPhrases.stepsInOrder),
      ...description.map((d) => p(d.steps.join(' → '), phaseName(d.phase))),
    ],
    children: [],
  };
}

const spelregelsSection = (ctx: SectionContext): Draft => ({
  id: 'spelregels',
  title: planTitles.spelregels,
  blocks: [
    p(
      'Voor dit traject gelden de volgende spelregels. Zij worden vooraf met de raad afgesproken en aan deelnemers bekendgemaakt. Wat nog niet is geregeld, staat in bijlage A.',
    ),
    ctx.spelregels.length
      ? { kind: 'list', ordered: true, items: ctx.spelregels.map((r) => r.tekst) }
      : p(planPhrases.noSpelregels),
  ],
});

function terugkoppelingSection(ctx: SectionContext): Draft {
  const f = ctx.facts;
  const d = ctx.details;
  const feedbackMoments = nodes(ctx, 'terugkoppeling').map(
    (n) => `${n.data.title}${n.data.channel ? `, via ${n.data.channel}` : ''}${nodeDate(n) ? `, ${nodeDate(n)}` : ''}`,
  );
  const withFeedback = f.participating.filter((ph) => !f.noFeedback.includes(ph));
  const feedback = f.feedbackEverywhere
    ? 'Na elke activiteit ontvangen deelnemers een verslag van wat is opgehaald. Daarna horen zij wat met hun inbreng is gedaan en waarom; wordt iets niet overgenomen, dan wordt dat gemotiveerd.'
    : withFeedback.length && feedbackMoments.length
      ? `Na de activiteiten ${inPhases(withFeedback)} horen deelnemers wat met hun inbreng is gedaan en waarom. ${f.noFeedback.length ? `Voor de terugkoppeling ${inPhases(f.noFeedback)} is nog geen moment geregeld (zie bijlage A).` : ''}`.trim()
      : 'De terugkoppeling aan deelnemers is nog niet geregeld (zie bijlage A).';
  const weighers = formatList(
    [...new Set(f.decisions.filter((x) => x.by !== 'inwoners').map((x) => x.by))].map((b) =>
      b === 'raad' ? 'de raad' : b === 'college' ? 'het college' : 'de burgemeester',
    ),
  );
  return {
    id: 'terugkoppeling',
    title: planTitles.terugkoppeling,
    blocks: [],
    children: [
      {
        id: 'terugkoppeling:participants',
        title: planTitles.terugkoppelingParticipants,
        blocks: [
          p(feedback),
          ...(f.decisionsFedBack
            ? [p('Na elk besluit horen alle deelnemers wat is besloten, hoe hun inbreng is gewogen en waarom.')]
            : []),
          ...(feedbackMoments.length ? [p(planLabels.feedbackMoments), bullets(feedbackMoments)] : []),
        ],
        children: [],
      },
      {
        id: 'terugkoppeling:weighing',
        title: planTitles.terugkoppelingWeighing,
        blocks: [
          p(
            `${weighers ? `Bij het besluit weegt ${weighers}` : 'Het bestuursorgaan dat besluit, weegt'} de inbreng van inwoners naast andere belangen aan de hand van ${d.defaultWeighingCriteria ? 'de volgende criteria (voorstel, aan te vullen door de opsteller)' : 'de volgende criteria'}:`,
          ),
          bullets(d.weighingCriteria),
          ...(f.mandate.length
            ? [
                p(
                  `${inPhases(f.mandate).replace(/^./, (c) => c.toUpperCase())} beslissen inwoners zelf binnen hun mandaat; daar wordt hun keuze niet opnieuw gewogen, maar alleen getoetst aan de kaders, het budget en wet- en regelgeving.`,
                ),
              ]
            : []),
        ],
        children: [],
      },
      {
        id: 'terugkoppeling:report',
        title: planTitles.terugkoppelingReport,
        blocks: [
          p(`De raad ontvangt een participatieverslag ${d.reportMoment}. Het verslag beschrijft:`),
          bullets(d.reportContents),
        ],
        children: [],
      },
      ...(f.formalProcedure.length
        ? [
            {
              id: 'terugkoppeling:procedure',
              title: planTitles.terugkoppelingProcedure,
              blocks: [
                p(
                  `Na de participatie ${inPhases(f.formalProcedure)} volgt de procedure van afdeling 3.4 van de Algemene wet bestuursrecht: het ontwerpbesluit wordt ter inzage gelegd en gedurende zes weken kunnen zienswijzen naar voren worden gebracht. De reacties op de zienswijzen worden vastgelegd en gaan met het besluit naar het bevoegd gezag.`,
                ),
              ],
              children: [],
            },
          ]
        : []),
    ],
  };
}

function evaluationSection(ctx: SectionContext): Draft {
  const a = ctx.answers.phases.evaluatie;
  const node = ctx.facts.evaluation;
  const blocks: Block[] = [
    node
      ? p(
          'Na afloop wordt de participatie geëvalueerd: zijn de beloftes aan deelnemers waargemaakt, zijn de beoogde groepen bereikt en heeft de inbreng het besluit zichtbaar beïnvloed? De raad ontvangt de uitkomst.',
        )
      : p('Er is nog geen evaluatie van de participatie gepland (zie bijlage A).'),
  ];
  if (node?.type === 'evaluatie' && node.data.question.trim())
    blocks.push(p(node.data.question.trim(), planLabels.evaluationQuestion));
  if (node && nodeDate(node)) blocks.push(p(nodeDate(node), planLabels.planned));
  if (a?.geenParticipatie)
    blocks.push(
      p(a.geenParticipatie.reden.trim() || planPhrases.motiveringMissing, planLabels.noResidentsInEvaluation),
    );
  else if (a?.instruments.length)
    blocks.push(p(formatList(a.instruments.map(ctx.names)) + '.', planLabels.evaluationInstruments));
  return { id: 'evaluation', title: planTitles.evaluation, blocks };
}

function assignmentSection(ctx: SectionContext): Draft {
  const d = ctx.details;
  return {
    id: 'assignment',
    title: planTitles.assignment,
    blocks: [
      table(
        tableHeaders.assignment,
        [
          [planLabels.competentAuthority, d.competentAuthority],
          [planLabels.commissioner, d.commissioner],
          [planLabels.contact, d.contact],
          [
            planLabels.budget,
            d.budgetTotal + (d.budgetPerPhase.length > 1 ? `. Per fase: ${d.budgetPerPhase.join('; ')}.` : ''),
          ],
          [planLabels.capacity, d.capacity],
        ],
        [1, 3],
      ),
    ],
  };
}

const legalFrameworkSection = (ctx: SectionContext): Draft => ({
  id: 'legal-framework',
  title: planTitles.legalFramework,
  blocks: [
    p(planPhrases.legalBasisIntro),
    bullets(ctx.details.legalBasis),
    ...(ctx.codeLegalBasis
      ? [
          p(
            `Dit participatieplan is opgesteld op grond van ${ctx.codeLegalBasis}. De regels van die verordening gelden voor dit traject; waar het traject ervan afwijkt, staat dat bij de open aandachtspunten.`,
          ),
        ]
      : []),
    p(ctx.details.uitdaagrecht, planLabels.uitdaagrecht),
  ],
});

const stakeholdersSection = (ctx: SectionContext): Draft => ({
  id: 'stakeholders',
  title: planTitles.stakeholders,
  blocks: ctx.details.stakeholders.length
    ? [
        p('De volgende partijen hebben een belang bij dit vraagstuk en worden gericht betrokken:'),
        table(
          tableHeaders.stakeholders,
          ctx.details.stakeholders.map((s) => [s.party, s.interest]),
          [1.2, 3],
        ),
      ]
    : [p(toBeFilledIn('de partijen die een belang hebben bij dit vraagstuk, elk met hun belang.'))],
});

const privacySection = (ctx: SectionContext): Draft => ({
  id: 'privacy',
  title: planTitles.privacy,
  blocks: [...ctx.details.privacy.map((t) => p(t)), p(ctx.details.complaints, planLabels.complaints)],
});

const decisionPointsSection = (ctx: SectionContext): Draft => ({
  id: 'decision-points',
  title: planTitles.decisionPoints,
  blocks: [p(planPhrases.councilIsAsked), { kind: 'list', ordered: true, items: ctx.details.decisionPoints }],
});

/** Every warning of the engine and every failed check of the procesplaat, and what is still to be filled in. */
export function openPointRows(ctx: SectionContext): string[][] {
  return [
    ...ctx.openPoints.map((o) => [
      o.phase ? phaseName(o.phase) : planPhrases.wholeTraject,
      openPointSources[o.source],
      o.text,
    ]),
    ...(ctx.details.missing.length
      ? [[planPhrases.wholeTraject, openPointSources.details, `Nog in te vullen: ${formatList(ctx.details.missing)}.`]]
      : []),
  ];
}

function openPointsSection(ctx: SectionContext): Draft {
  const rows = openPointRows(ctx);
  return {
    id: 'open-points',
    title: planTitles.openPoints,
    annex: true,
    blocks: rows.length
      ? [
          p(
            'Bij het opstellen van dit plan zijn de volgende punten nog niet opgelost. Zolang een punt open staat, geldt de bijbehorende belofte niet.',
          ),
          table(tableHeaders.openPoints, rows, [1, 0.8, 4]),
        ]
      : [p(planPhrases.noOpenPoints)],
  };
}

/**
 * Every instrument the plan names (chosen or proposed), with its indicative cost and the public
 * sources its description rests on: a raadsvoorstel must let a reader check where the advice
 * comes from.
 */
function sourcesSection(ctx: SectionContext): Draft {
  const ids = new Set<string>();
  for (const phase of PHASES) {
    for (const id of ctx.answers.phases[phase]?.instruments ?? []) ids.add(id);
    for (const item of ctx.recommendation.phases.find((r) => r.phase === phase)?.mix.items ?? [])
      ids.add(item.instrumentId);
  }
  const byId = new Map(ctx.catalogue.instruments.map((i) => [i.id, i]));
  const rows = [...ids]
    .flatMap((id) => {
      const i = byId.get(id);
      return i === undefined
        ? []
        : [
            [
              i.name,
              `${euro(i.costRange.low)} tot ${euro(i.costRange.high)}. ${i.costRange.basis}`,
              i.sources.join('; '),
            ],
          ];
    })
    .sort((a, b) => a[0]!.localeCompare(b[0]!, 'nl'));
  return {
    id: 'sources',
    title: planTitles.sources,
    annex: true,
    blocks: rows.length
      ? [
          p(
            `De beschrijvingen en kosten van de instrumenten komen uit de instrumentencatalogus van Samenspel (versie ${ctx.catalogue.catalogueVersion}). De kosten zijn indicatief: externe kosten voor één keer uitvoeren, zonder de ambtelijke uren.`,
          ),
          table(tableHeaders.sources, rows, [1.2, 2.6, 2]),
        ]
      : [p(planLabels.noInstrumentsNamed)],
  };
}

export const sectionBuilders: Record<SectionId, (ctx: SectionContext) => Draft> = {
  definitions: definitionsSection,
  vraagstuk: vraagstukSection,
  assignment: assignmentSection,
  'legal-framework': legalFrameworkSection,
  stakeholders: stakeholdersSection,
  goals: goalsSection,
  room: roomSection,
  level: levelSection,
  roles: rolesSection,
  'target-groups': targetGroupsSection,
  mix: mixSection,
  planning: planningSection,
  procesplaat: procesplaatSection,
  spelregels: spelregelsSection,
  terugkoppeling: terugkoppelingSection,
  privacy: privacySection,
  evaluation: evaluationSection,
  'decision-points': decisionPointsSection,
  'open-points': openPointsSection,
  sources: sourcesSection,
};
