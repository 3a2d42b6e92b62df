import type { WorkshopSessie } from './session';

/**
 * The session report as plain blocks, written once and rendered twice (docx in main/workshop,
 * Markdown here), so both files say exactly the same. Formal and impersonal, as a report that
 * may end up with a college or council.
 */

export type RapportBlok =
  | { soort: 'kop'; niveau: 1 | 2 | 3; tekst: string }
  | { soort: 'alinea'; tekst: string; nadruk?: boolean }
  | { soort: 'lijst'; items: string[] }
  | { soort: 'gegevens'; rijen: Array<[string, string]> };

export interface RapportOpties {
  /** The date printed on the report, already formatted (e.g. "12 maart 2025"). */
  datum: string;
}

/** "20 minuten", "1 minuut en 30 seconden": durations as a person says them. */
export function formatDuur(seconden: number): string {
  const min = Math.floor(seconden / 60);
  const sec = Math.round(seconden % 60);
  const delen = [
    min > 0 ? `${min} ${min === 1 ? 'minuut' : 'minuten'}` : '',
    sec > 0 ? `${sec} ${sec === 1 ? 'seconde' : 'seconden'}` : '',
  ].filter(Boolean);
  return delen.join(' en ') || '0 seconden';
}

const GEEN_ANTWOORD = 'Voor deze vraag is geen antwoord vastgelegd.';

/** Free text as typed: lines starting with a dash or bullet become a list, other lines paragraphs. */
export function tekstNaarBlokken(tekst: string): RapportBlok[] {
  const blokken: RapportBlok[] = [];
  let lijst: string[] = [];
  const sluitLijst = () => {
    if (lijst.length > 0) blokken.push({ soort: 'lijst', items: lijst });
    lijst = [];
  };
  for (const regel of tekst.split(/\r?\n/)) {
    const schoon = regel.trim();
    const item = /^[-*•]\s+(.*)$/.exec(schoon);
    if (item) lijst.push(item[1]!);
    else {
      sluitLijst();
      if (schoon !== '') blokken.push({ soort: 'alinea', tekst: schoon });
    }
  }
  sluitLijst();
  return blokken;
}

export function workshopRapport(sessie: WorkshopSessie, opties: RapportOpties): RapportBlok[] {
  const groepen = sessie.groepen;
  const blokken: RapportBlok[] = [
    { soort: 'kop', niveau: 1, tekst: `Verslag workshop: ${sessie.titel}` },
    {
      soort: 'gegevens',
      rijen: [
        ['Datum', opties.datum],
        ['Casus', sessie.casus.titel],
        ...(sessie.casus.gemeente ? ([['Gemeente', sessie.casus.gemeente]] as Array<[string, string]>) : []),
        ['Groepen', groepen.map((g) => g.naam).join(', ')],
        ['Gesprekstijd', formatDuur(sessie.tijden.gesprekSec)],
        ['Rondgang', formatDuur(sessie.tijden.rondgangSec)],
      ],
    },
    {
      soort: 'alinea',
      tekst:
        'Dit verslag bevat de inbreng van de groepen die als taskforce lokale democratie een advies aan het bestuur voorbereidden: per vraag de antwoorden van elke groep, gevolgd door de rode draden die in de afsluiting zijn benoemd. Het verslag geeft de inbreng weer zoals die tijdens de sessie is vastgelegd.',
    },
    { soort: 'kop', niveau: 2, tekst: 'De casus' },
    ...(sessie.casus.vraagstuk
      ? tekstNaarBlokken(sessie.casus.vraagstuk)
      : [{ soort: 'alinea' as const, tekst: sessie.casus.titel }]),
    { soort: 'kop', niveau: 2, tekst: 'Vragen' },
    {
      soort: 'lijst',
      items: sessie.vragen.map((v, i) => `Vraag ${i + 1}: ${v.titel}${v.toelichting ? ` (${v.toelichting})` : ''}`),
    },
  ];

  sessie.vragen.forEach((vraag, i) => {
    blokken.push({ soort: 'kop', niveau: 2, tekst: `Vraag ${i + 1}: ${vraag.titel}` });
    for (const groep of groepen) {
      blokken.push({ soort: 'kop', niveau: 3, tekst: groep.naam });
      const tekst = sessie.antwoorden[groep.id]?.[vraag.id]?.trim() ?? '';
      blokken.push(
        ...(tekst ? tekstNaarBlokken(tekst) : [{ soort: 'alinea' as const, tekst: GEEN_ANTWOORD, nadruk: true }]),
      );
    }
  });

  blokken.push({ soort: 'kop', niveau: 2, tekst: 'Rode draden' });
  const draden = sessie.rodeDraden.filter((d) => d.tekst.trim() !== '');
  if (draden.length === 0) {
    blokken.push({ soort: 'alinea', tekst: 'Er zijn geen rode draden vastgelegd.', nadruk: true });
  } else {
    const naam = new Map(groepen.map((g) => [g.id, g.naam]));
    blokken.push({
      soort: 'lijst',
      items: draden.map((d) => {
        const bij = d.groepIds.map((id) => naam.get(id)).filter(Boolean);
        return bij.length > 0 ? `${d.tekst.trim()} (genoemd door: ${bij.join(', ')})` : d.tekst.trim();
      }),
    });
  }
  return blokken;
}

/** Characters that would otherwise turn typed text into Markdown formatting. */
function escape(tekst: string): string {
  return tekst.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
}

export function rapportNaarMarkdown(blokken: RapportBlok[]): string {
  const delen = blokken.map((b) => {
    switch (b.soort) {
      case 'kop':
        return `${'#'.repeat(b.niveau)} ${escape(b.tekst)}`;
      case 'alinea':
        return b.nadruk ? `*${escape(b.tekst)}*` : escape(b.tekst);
      case 'lijst':
        return b.items.map((item) => `- ${escape(item)}`).join('\n');
      case 'gegevens':
        return [
          '| Gegeven | Waarde |',
          '| --- | --- |',
          ...b.rijen.map(([k, v]) => `| ${escape(k)} | ${escape(v)} |`),
        ].join('\n');
    }
  });
  return `${delen.join('\n\n')}\n`;
}

/** A file name without characters Windows or macOS refuse. */
export function rapportBestandsnaam(sessie: WorkshopSessie, datumIso: string, extensie: 'docx' | 'md'): string {
  const slug = sessie.titel
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `verslag-${slug || 'workshop'}-${datumIso.slice(0, 10)}.${extensie}`;
}
