import { formatList } from '../format';
import { z } from 'zod';
import { PHASES } from '../participatie/vocabulary';
import type { Block, Section } from './model';
import { openPointRows, type SectionContext } from './sections';
import {
  inPhases,
  levelName,
  TO_BE_FILLED_IN,
  toBeFilledIn,
  formatPeriod,
  phaseName,
  planTitles,
  paragraafTitles,
  motiveringTitles,
  variantTitles,
  tableHeaders,
  planPhrases,
  planLabels,
  shortPhrases,
} from './texts';

/**
 * Three documents from one model: the full participatieplan with spelregels (`plan`), a one-page
 * participatieparagraaf for the raadsvoorstel (`paragraaf`), and a one-page motivering when no
 * phase has participation (`motivering`, chosen automatically for such a traject). The short
 * ones read the same facts (analysis.ts) and details (details.ts) as the plan, so they can
 * never say something the plan contradicts. Their sections reuse the plan's section ids.
 */
export const DOCUMENT_VARIANTS = ['plan', 'paragraaf', 'motivering'] as const;
export const DocumentVariant = z.enum(DOCUMENT_VARIANTS);
export type DocumentVariant = z.infer<typeof DocumentVariant>;

export const VARIANT_TITLES: Record<DocumentVariant, string> = variantTitles;

type Draft = Omit<Section, 'children'> & { children?: Section[] };
const p = (text: string, label?: string): Block =>
  label ? { kind: 'paragraph', text, label } : { kind: 'paragraph', text };
const bullets = (items: string[]): Block => ({ kind: 'list', ordered: false, items });

function decisionPoints(ctx: SectionContext): Draft {
  return {
    id: 'decision-points',
    title: planTitles.decisionPoints,
    blocks: [p(planPhrases.councilIsAsked), { kind: 'list', ordered: true, items: ctx.details.decisionPoints }],
  };
}

export function paragraafSections(ctx: SectionContext): Draft[] {
  const f = ctx.facts;
  const d = ctx.details;
  const own = ctx.answers.plan?.planning ?? {};
  const rows = f.participating.map((ph) => {
    const a = ctx.answers.phases[ph]!;
    return [
      phaseName(ph),
      a.level ? levelName(a.level) : toBeFilledIn('niveau'),
      a.instruments.length ? formatList(a.instruments.map(ctx.names)) : toBeFilledIn('instrumenten'),
      formatPeriod(own[ph]?.start, own[ph]?.end) || TO_BE_FILLED_IN,
    ];
  });
  const withoutParticipation = PHASES.filter((ph) => ctx.answers.phases[ph]?.geenParticipatie);
  const council: string[] = [];
  if (f.framesFirst) council.push('stelt vooraf de kaders vast');
  if (f.raadInformed) council.push('ontvangt het participatieverslag voordat hij besluit');
  if (f.decisions.some((x) => x.by === 'raad')) council.push('legt bij het besluit uit hoe de inbreng is gewogen');
  if (f.decisions.some((x) => x.by === 'college' || x.by === 'burgemeester'))
    council.push('wordt met een raadsinformatiebrief geïnformeerd over de besluiten van het college');
  if (f.mandate.length) council.push(`geeft inwoners ${inPhases(f.mandate)} een mandaat`);
  const withFeedback = f.participating.filter((ph) => !f.noFeedback.includes(ph));
  const weighing = [
    f.feedbackEverywhere
      ? 'Na elke activiteit horen deelnemers wat met hun inbreng is gedaan en waarom.'
      : withFeedback.length
        ? `Na de activiteiten ${inPhases(withFeedback)} horen deelnemers wat met hun inbreng is gedaan; voor ${inPhases(f.noFeedback).replace(/^in de /, 'de ')} is de terugkoppeling nog niet geregeld.`
        : shortPhrases.feedbackNotArranged,
    ...(f.decisionsFedBack ? ['Na elk besluit horen alle deelnemers wat is besloten en waarom.'] : []),
    `De raad ontvangt een participatieverslag ${d.reportMoment}.`,
    ...(f.formalProcedure.length
      ? [
          `Na de participatie ${inPhases(f.formalProcedure)} volgt de procedure van afdeling 3.4 Awb met zes weken voor zienswijzen.`,
        ]
      : []),
  ];
  const open = openPointRows(ctx);
  const high = ctx.openPoints.filter((o) => o.severity === 'high');
  return [
    {
      id: 'vraagstuk',
      title: paragraafTitles.vraagstuk,
      blocks: [
        p(
          `Inwoners worden ${inPhases(f.participating)} betrokken. Bevoegd gezag: ${d.competentAuthority.replace(/\.$/, '')}. Grondslag: artikel 150 Gemeentewet en ${d.verordening}.`,
        ),
        {
          kind: 'table',
          header: tableHeaders.paragraaf,
          rows,
          widths: [1.3, 0.9, 2.6, 1],
        },
        ...(withoutParticipation.length
          ? [
              p(
                `${inPhases(withoutParticipation).replace(/^./, (c) => c.toUpperCase())} worden inwoners niet betrokken; de motivering staat in het participatieplan.`,
              ),
            ]
          : []),
      ],
    },
    {
      id: 'roles',
      title: paragraafTitles.roles,
      blocks: [
        p(`De raad ${formatList([...council, 'controleert de uitvoering'])}.`),
        p(
          'Bij elke uitnodiging horen deelnemers welk niveau van invloed zij hebben en wat met hun inbreng gebeurt; de beloften per fase staan in het participatieplan.',
        ),
      ],
    },
    { id: 'terugkoppeling', title: paragraafTitles.terugkoppeling, blocks: [p(weighing.join(' '))] },
    {
      id: 'assignment',
      title: paragraafTitles.assignment,
      blocks: [p(`Budget voor participatie: ${d.budgetTotal}. Ambtelijke capaciteit: ${d.capacity}.`)],
    },
    {
      id: 'open-points',
      title: paragraafTitles.openPoints,
      blocks: open.length
        ? [
            p(
              `Bij het opstellen van het plan staan nog ${open.length} ${open.length === 1 ? 'punt' : 'punten'} open; bijlage A van het participatieplan noemt ze alle.${high.length ? ' Vóór het besluit moeten in elk geval deze worden opgelost:' : ''}`,
            ),
            ...(high.length ? [bullets(high.map((o) => `${o.phase ? `${phaseName(o.phase)}: ` : ''}${o.text}`))] : []),
          ]
        : [p(shortPhrases.noOpenPoints)],
    },
    decisionPoints(ctx),
  ];
}

export function motiveringSections(ctx: SectionContext): Draft[] {
  const d = ctx.details;
  const rows = PHASES.filter((ph) => ctx.answers.phases[ph]).map((ph) => [
    phaseName(ph),
    ctx.answers.phases[ph]!.geenParticipatie?.reden.trim() || toBeFilledIn('de motivering voor deze fase'),
  ]);
  const open = openPointRows(ctx);
  return [
    {
      id: 'vraagstuk',
      title: motiveringTitles.vraagstuk,
      blocks: [
        p(ctx.vraagstuk.trim() || toBeFilledIn('een beschrijving van het vraagstuk')),
        p(d.competentAuthority, planLabels.competentAuthority),
        p(
          'In dit traject worden inwoners niet betrokken bij de voorbereiding, uitvoering of evaluatie. Het bestuursorgaan legt hieronder per fase vast waarom niet.',
        ),
      ],
    },
    {
      id: 'vraagstuk:motivering',
      title: motiveringTitles.vraagstukMotivering,
      blocks: [{ kind: 'table', header: tableHeaders.motivering, rows, widths: [1, 4] }],
    },
    {
      id: 'legal-framework',
      title: motiveringTitles.legalFramework,
      blocks: [
        p(
          `Artikel 150 van de Gemeentewet verplicht de raad regels te stellen over het betrekken van inwoners bij gemeentelijk beleid. De participatieverordening van de gemeente (${d.verordening}) vraagt dat het bestuursorgaan motiveert waarom inwoners niet worden betrokken.`,
        ),
        p(d.complaints, planLabels.complaints),
      ],
    },
    ...(open.length
      ? [
          {
            id: 'open-points',
            title: motiveringTitles.openPoints,
            blocks: [bullets(open.map(([phase, , text]) => `${phase}: ${text}`))],
          },
        ]
      : []),
    decisionPoints(ctx),
  ];
}
