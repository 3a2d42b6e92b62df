import {
  councilRoleLabels,
  goalLabels,
  reachLabels,
  type Catalogue,
  type InstrumentNames,
  type PhaseAnswers,
  type Recommendation,
  type TrajectAnswers,
} from '../participatie/index';
import { PHASES, type Phase } from '../participatie/vocabulary';
import { nodeTypeLabels } from '../procesplaat/labels';
import type { ProcesNode, Procesplaat } from '../procesplaat/model';
import type { Block, Section, SectionId } from './model';
import { describeProcesplaat, type ProcesplaatPicture } from './procesplaat-figure';
import type { Spelregel } from './spelregels';
import {
  belofteCitaat,
  datumVoluit,
  describeExclusion,
  groupName,
  levelName,
  opsomming,
  outreachFormeel,
  phaseName,
  reasonFormeel,
  roomFormeel,
  warningFormeel,
} from './texts';

/** Everything a section may read. Built once per document by build.ts. */
export interface SectionContext {
  vraagstuk: string;
  answers: TrajectAnswers;
  plaat: Procesplaat;
  recommendation: Recommendation;
  catalogue: Catalogue;
  names: InstrumentNames;
  spelregels: Spelregel[];
  picture: ProcesplaatPicture;
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
const nodes = <T extends ProcesNode['type']>(ctx: SectionContext, type: T) =>
  ctx.plaat.nodes.filter((n): n is Extract<ProcesNode, { type: T }> => n.type === type);
const nodeDate = (n: ProcesNode): string => {
  const d = n.data as { date?: string; start?: string; end?: string };
  if (d.start && d.end) return `${datumVoluit(d.start)} – ${datumVoluit(d.end)}`;
  return datumVoluit(d.date || d.start || d.end || '');
};
const nothing = (what: string) => p(`Voor dit traject is nog geen ${what} vastgelegd.`);

const begrippen = (): Draft => ({
  id: 'begrippen',
  title: 'Begrippen',
  blocks: [
    table(
      ['Begrip', 'Betekenis in dit plan'],
      [
        [
          'Participatie',
          'Het betrekken van inwoners en maatschappelijke partijen bij de voorbereiding, uitvoering en evaluatie van beleid.',
        ],
        ['Inwoner', 'Iedereen die in de gemeente woont, werkt, onderneemt of er een belang heeft.'],
        [
          'Participatieladder',
          'De treden van invloed: informeren, raadplegen, adviseren, coproduceren, meebeslissen en zelfbeheer.',
        ],
        [
          'Participatieplan',
          'Dit document: hoe de gemeente inwoners in dit traject betrekt, met de spelregels die daarbij gelden.',
        ],
        [
          'Procesplaat',
          'Het schema van het proces: activiteiten, momenten van college en raad, terugkoppeling en evaluatie.',
        ],
      ],
      [1, 3],
    ),
  ],
});

const vraagstuk = (ctx: SectionContext): Draft => ({
  id: 'vraagstuk',
  title: 'Vraagstuk en motivering',
  blocks: [
    ctx.vraagstuk.trim() ? p(ctx.vraagstuk.trim()) : p('Het vraagstuk is nog niet beschreven.'),
    p('Per fase van het beleidsproces legt de gemeente vast of inwoners worden betrokken, en waarom wel of niet.'),
    answered(ctx).length === 0
      ? nothing('fase')
      : table(
          ['Fase', 'Participatie', 'Motivering'],
          answered(ctx).map(([ph, a]) => [
            phaseName(ph),
            a.geenParticipatie ? 'Nee' : 'Ja',
            a.geenParticipatie
              ? a.geenParticipatie.reden.trim() || 'De motivering ontbreekt nog.'
              : a.goalsInOwnWords?.trim() || a.goals.map((g) => goalLabels[g].label).join('; ') || 'Nog niet ingevuld.',
          ]),
          [1, 0.6, 3],
        ),
  ],
});

const doelen = (ctx: SectionContext): Draft => ({
  id: 'doelen',
  title: 'Doelen per fase',
  blocks:
    active(ctx).length === 0
      ? [nothing('doel')]
      : [
          table(
            ['Fase', 'Doelen'],
            active(ctx).map(([ph, a]) => [
              phaseName(ph),
              a.goals.map((g) => goalLabels[g].label).join('; ') || 'Nog niet vastgesteld.',
            ]),
            [1, 3],
          ),
        ],
});

const ruimte = (ctx: SectionContext): Draft => ({
  id: 'ruimte',
  title: 'Beïnvloedingsruimte en kaders',
  blocks: [p('Per fase staat hieronder hoeveel ruimte er voor invloed is en welke kaders vastliggen.')],
  children: active(ctx).map(([ph, a]) => {
    const blocks: Block[] = [p(a.room ? roomFormeel[a.room] : 'De beïnvloedingsruimte is nog niet bepaald.', 'Ruimte')];
    if (a.kaders.length > 0) blocks.push(p('Deze kaders liggen vast:'), bullets(a.kaders));
    const middelen: string[] = [];
    if (a.budget !== undefined) middelen.push(`budget voor participatie € ${a.budget.toLocaleString('nl-NL')}`);
    if (a.time?.weeks) middelen.push(`${a.time.weeks} weken`);
    if (a.time?.deadline) middelen.push(`uiterlijk ${a.time.deadline}`);
    if (middelen.length > 0) blocks.push(p(opsomming(middelen) + '.', 'Middelen en tijd'));
    return { id: `ruimte:${ph}`, title: phaseName(ph), blocks, children: [] };
  }),
});

const niveau = (ctx: SectionContext): Draft => ({
  id: 'niveau',
  title: 'Participatieniveau en belofte aan deelnemers',
  blocks: [
    p(
      'Het niveau op de participatieladder bepaalt wat deelnemers mogen verwachten. De belofte wordt bij elke uitnodiging herhaald.',
    ),
    active(ctx).length === 0
      ? nothing('niveau')
      : table(
          ['Fase', 'Niveau', 'Belofte aan deelnemers'],
          active(ctx).map(([ph, a]) => [
            phaseName(ph),
            a.level ? levelName(a.level) : 'Nog niet gekozen',
            a.level ? belofteCitaat(a.level) : '',
          ]),
          [1, 0.8, 3],
        ),
  ],
});

function rollen(ctx: SectionContext): Draft {
  const org = ctx.answers.organisatie ?? {};
  const raadsmomenten = nodes(ctx, 'raadsmoment').map(
    (n) =>
      `${n.data.title}${n.data.phase ? ` (${phaseName(n.data.phase).toLowerCase()})` : ''}${nodeDate(n) ? `, ${nodeDate(n)}` : ''}`,
  );
  const rolPerFase = answered(ctx)
    .filter(([, a]) => a.councilRoles.length > 0)
    .map(
      ([ph, a]) =>
        `${phaseName(ph)}: ${opsomming(a.councilRoles.map((r) => councilRoleLabels[r].label.toLowerCase()))}`,
    );
  const college = nodes(ctx, 'collegemoment').map((n) => n.data.title + (nodeDate(n) ? `, ${nodeDate(n)}` : ''));
  const inwoners = active(ctx).map(
    ([ph, a]) => `${phaseName(ph)}: ${a.level ? levelName(a.level).toLowerCase() : 'niveau nog niet gekozen'}`,
  );
  const ambtelijk: Block[] = [
    p(
      'De ambtelijke organisatie bereidt de participatie voor, voert haar uit en zorgt voor verslag en terugkoppeling.',
    ),
  ];
  if (org.interneOrganisatie?.trim()) ambtelijk.push(p(org.interneOrganisatie.trim(), 'Organisatie'));
  if (org.competenties?.trim()) ambtelijk.push(p(org.competenties.trim(), 'Benodigde competenties'));
  if (org.randvoorwaarden?.trim()) ambtelijk.push(p(org.randvoorwaarden.trim(), 'Randvoorwaarden'));
  return {
    id: 'rollen',
    title: 'Rollen',
    blocks: [],
    children: [
      {
        id: 'rollen:inwoners',
        title: 'Inwoners',
        blocks: [
          p('Inwoners denken, praten of beslissen mee op het niveau dat per fase is afgesproken.'),
          ...(inwoners.length ? [bullets(inwoners)] : []),
        ],
        children: [],
      },
      {
        id: 'rollen:raad',
        title: 'Gemeenteraad',
        blocks: [
          p(
            'De raad stelt vooraf de kaders, hoort wat inwoners inbrengen, controleert het college en neemt het besluit.',
          ),
          ...(org.raad?.trim() ? [p(org.raad.trim(), 'Afspraak')] : []),
          ...(rolPerFase.length ? [p('Rol van de raad per fase:'), bullets(rolPerFase)] : []),
          ...(raadsmomenten.length
            ? [p('Momenten van de raad volgens de procesplaat:'), bullets(raadsmomenten)]
            : [p('In de procesplaat zijn nog geen momenten van de raad opgenomen.')]),
        ],
        children: [],
      },
      {
        id: 'rollen:college',
        title: 'College van burgemeester en wethouders',
        blocks: [
          p(
            'Het college is verantwoordelijk voor de uitvoering van dit participatieplan en legt daarover verantwoording af aan de raad.',
          ),
          ...(college.length ? [bullets(college)] : []),
        ],
        children: [],
      },
      { id: 'rollen:ambtelijk', title: 'Ambtelijke organisatie', blocks: ambtelijk, children: [] },
    ],
  };
}

function doelgroepen(ctx: SectionContext): Draft {
  const rows = active(ctx).map(([ph, a]) => [
    phaseName(ph),
    a.reach.length > 0 ? a.reach.map((r) => reachLabels[r].label).join('; ') : 'Nog niet bepaald',
    a.groups.map(groupName).join('; ') || 'Geen',
  ]);
  const groups = [...new Set(active(ctx).flatMap(([, a]) => a.groups))];
  return {
    id: 'doelgroepen',
    title: 'Doelgroepen en bereik',
    blocks: [
      rows.length
        ? table(['Fase', 'Wie wordt betrokken', 'Groepen die extra aandacht krijgen'], rows, [1, 1.2, 2])
        : nothing('doelgroep'),
      ...(groups.length
        ? [
            p('Groepen die zich minder vanzelf melden, worden als volgt bereikt:'),
            bullets(groups.map((g) => `${groupName(g)}: ${outreachFormeel[g]}`)),
          ]
        : []),
    ],
  };
}

function mix(ctx: SectionContext): Draft {
  const children: Section[] = [];
  for (const [ph, a] of active(ctx)) {
    const rec = ctx.recommendation.phases.find((r) => r.phase === ph);
    const gekozen = a.instruments.length > 0;
    const ids = gekozen ? a.instruments : (rec?.mix.items.map((i) => i.instrumentId) ?? []);
    const blocks: Block[] = [
      p(
        gekozen
          ? 'Gekozen instrumenten, met de redenen waarom zij passen:'
          : 'Er zijn nog geen instrumenten gekozen. Op grond van de antwoorden wordt deze mix voorgesteld:',
      ),
    ];
    for (const id of ids) {
      const instrument = ctx.catalogue.instruments.find((i) => i.id === id);
      const ranked = rec?.ranking.find((r) => r.instrumentId === id);
      const excluded = rec?.excluded.find((r) => r.instrumentId === id);
      blocks.push(p(instrument?.short ?? 'Dit instrument staat niet in de catalogus.', ctx.names(id)));
      const reasons = ranked
        ? ranked.reasons
            .filter((r) => r.effect !== 'neutraal' && r.criterion !== 'fase')
            .map((r) => `${r.effect === 'past' ? 'Past' : 'Let op'}: ${reasonFormeel(r)}`)
        : (excluded?.exclusions.map((e) => `Past niet: ${describeExclusion(e)}`) ?? []);
      if (reasons.length) blocks.push(bullets(reasons));
    }
    if (ids.length === 0) blocks.push(p('Er is geen passend instrument gevonden.'));
    children.push({ id: `mix:${ph}`, title: phaseName(ph), blocks, children: [] });
  }
  return {
    id: 'mix',
    title: 'Participatiemix',
    blocks: [
      p(
        'De instrumenten zijn gekozen na de doelen, de ruimte, het niveau en de doelgroep: eerst het doel, dan het middel.',
      ),
    ],
    children,
  };
}

/** Steps worth a line in the planning: what people and bodies do; feedback only once it has a date. */
const PLANNED = new Set<ProcesNode['type']>(['activiteit', 'raadsmoment', 'collegemoment', 'evaluatie', 'mijlpaal']);

function planning(ctx: SectionContext): Draft {
  const steps = ctx.plaat.nodes
    .filter((n) => n.type !== 'fase' && (PLANNED.has(n.type) || nodeDate(n) !== ''))
    .map((n) => ({ n, when: nodeDate(n), sort: sortKey(n) }));
  // Stable sort: undated steps keep the procesplaat's own order after the dated ones.
  steps.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  const rows = steps.map(({ n, when }) => [
    n.data.phase ? phaseName(n.data.phase) : '',
    `${nodeTypeLabels[n.type].label}: ${n.data.title}`,
    when || 'Nog te plannen',
  ]);
  const termijnen = active(ctx)
    .filter(([, a]) => a.time?.weeks || a.time?.deadline)
    .map(
      ([ph, a]) =>
        `${phaseName(ph)}: ${opsomming([a.time?.weeks ? `${a.time.weeks} weken` : '', a.time?.deadline ? `uiterlijk ${a.time.deadline}` : ''].filter(Boolean))}`,
    );
  const undated = steps.every((s) => s.when === '');
  return {
    id: 'planning',
    title: 'Planning',
    blocks: [
      ...(rows.length && undated
        ? [p('In de procesplaat zijn nog geen data ingevuld. De stappen staan in de volgorde waarin zij plaatsvinden.')]
        : []),
      rows.length ? table(['Fase', 'Stap', 'Wanneer'], rows, [1, 2.6, 1.2]) : nothing('planning'),
      ...(termijnen.length ? [p('Beschikbare tijd per fase:'), bullets(termijnen)] : []),
    ],
  };
}

function sortKey(n: ProcesNode): string {
  const d = n.data as { date?: string; start?: string };
  return d.date || d.start || '9999';
}

function procesplaat(ctx: SectionContext): Draft {
  const image = ctx.picture(ctx.plaat);
  const description = describeProcesplaat(ctx.plaat);
  const alt = `Procesplaat met ${description.reduce((s, d) => s + d.steps.length, 0)} stappen in ${description.length} fasen.`;
  return {
    id: 'procesplaat',
    title: 'Procesplaat',
    blocks: [
      p(
        'De procesplaat toont per fase de activiteiten met inwoners, de momenten van college en raad en de terugkoppeling.',
      ),
      {
        kind: 'figure',
        caption: 'Figuur 1. Procesplaat van het traject',
        alt,
        svg: image.svg,
        width: image.width,
        height: image.height,
      },
      p('De stappen per fase, in volgorde:'),
      ...description.map((d) => p(d.steps.join(' → '), phaseName(d.phase))),
    ],
    children: [],
  };
}

const spelregels = (ctx: SectionContext): Draft => ({
  id: 'spelregels',
  title: 'Spelregels',
  blocks: [
    p(
      'Voor dit traject gelden de volgende spelregels. Zij worden vooraf met de raad afgesproken en aan deelnemers bekendgemaakt.',
    ),
    ctx.spelregels.length
      ? { kind: 'list', ordered: true, items: ctx.spelregels.map((r) => r.tekst) }
      : p('Er zijn geen spelregels opgesteld.'),
  ],
});

function terugkoppeling(ctx: SectionContext): Draft {
  const terug = nodes(ctx, 'terugkoppeling').map(
    (n) => `${n.data.title}${n.data.channel ? `, via ${n.data.channel}` : ''}${nodeDate(n) ? `, ${nodeDate(n)}` : ''}`,
  );
  return {
    id: 'terugkoppeling',
    title: 'Terugkoppeling, weging en verslag aan de raad',
    blocks: [
      p(
        'Na elke activiteit ontvangen deelnemers een verslag van wat is opgehaald. Daarna horen zij wat met hun inbreng is gedaan en waarom; wordt iets niet overgenomen, dan wordt dat gemotiveerd.',
      ),
      p(
        'Het college weegt de inbreng naast andere belangen, wettelijke kaders en het budget, en legt die afweging vast. Het raadsvoorstel gaat vergezeld van een participatieverslag: wie zijn betrokken, op welke manier, wat is ingebracht en wat daarmee is gedaan.',
      ),
      ...(terug.length
        ? [p('Terugkoppelmomenten volgens de procesplaat:'), bullets(terug)]
        : [p('In de procesplaat zijn nog geen terugkoppelmomenten opgenomen.')]),
    ],
  };
}

function evaluatie(ctx: SectionContext): Draft {
  const a = ctx.answers.phases.evaluatie;
  const node = nodes(ctx, 'evaluatie')[0];
  const blocks: Block[] = [
    p(
      'Na afloop wordt de participatie geëvalueerd: zijn de beloftes aan deelnemers waargemaakt, zijn de beoogde groepen bereikt en heeft de inbreng het besluit zichtbaar beïnvloed? De raad ontvangt de uitkomst.',
    ),
  ];
  if (node?.data.question.trim()) blocks.push(p(node.data.question.trim(), 'Evaluatievraag'));
  if (node && nodeDate(node)) blocks.push(p(nodeDate(node), 'Gepland'));
  if (a?.geenParticipatie)
    blocks.push(
      p(
        a.geenParticipatie.reden.trim() || 'De motivering ontbreekt nog.',
        'Inwoners worden bij de evaluatie niet betrokken',
      ),
    );
  else if (a?.instruments.length)
    blocks.push(p(opsomming(a.instruments.map(ctx.names)) + '.', 'Instrumenten voor de evaluatie'));
  return { id: 'evaluatie', title: 'Evaluatie', blocks };
}

function aandachtspunten(ctx: SectionContext): Draft {
  const warnings = ctx.recommendation.warnings;
  return {
    id: 'aandachtspunten',
    title: 'Open aandachtspunten',
    annex: true,
    blocks: warnings.length
      ? [
          p('Bij het opstellen van dit plan zijn de volgende punten nog niet opgelost:'),
          table(
            ['Fase', 'Aandachtspunt'],
            warnings.map((w) => [phaseName(w.phase), warningFormeel[w.id](w, ctx.names)]),
            [1, 4],
          ),
        ]
      : [p('Er zijn geen open aandachtspunten.')],
  };
}

export const sectionBuilders: Record<SectionId, (ctx: SectionContext) => Draft> = {
  begrippen,
  vraagstuk,
  doelen,
  ruimte,
  niveau,
  rollen,
  doelgroepen,
  mix,
  planning,
  procesplaat,
  spelregels,
  terugkoppeling,
  evaluatie,
  aandachtspunten,
};
