import { hasControlCharacter } from '../api/text';
import type { Column, LotingSettings, Pool, PoolData, Quotum } from './model';
import { householdKey } from './household';
import { formatNumber } from '../format';
import { formatShortList } from './text';

/**
 * Checks before any computation, with messages that say what is wrong and what to do. Errors
 * (`fout`) block the draw; warnings do not. The solver catches the remaining case — quota that
 * are each fine but cannot be met together — and names the quota it had to stretch.
 */
export interface PoolIssue {
  ernst: 'fout' | 'waarschuwing';
  tekst: string;
}

/**
 * Cells holding NUL or another C0 control character (tab, line feed and carriage return are text),
 * each with a message that names the row in the file (the header is row 1) and the column. Such
 * characters come from a broken export or a crafted request and would end up in the report and
 * the CSV files; the pool is refused instead. Stops after `max` cells.
 */
export function controlCharacterCells(
  kolommen: readonly Pick<Column, 'naam'>[],
  rijen: readonly (readonly string[])[],
  max = 5,
): Array<{ rij: number; kolom: number; tekst: string }> {
  const gevonden: Array<{ rij: number; kolom: number; tekst: string }> = [];
  for (let i = 0; i < rijen.length && gevonden.length < max; i++) {
    const rij = rijen[i]!;
    for (let k = 0; k < rij.length && gevonden.length < max; k++) {
      if (!hasControlCharacter(rij[k]!)) continue;
      const naam = kolommen[k]?.naam ?? String(k + 1);
      gevonden.push({
        rij: i,
        kolom: k,
        tekst: `Rij ${i + 2}, kolom “${naam}” bevat een onzichtbaar stuurteken (zoals NUL). Haal het weg in het bestand en lees het opnieuw in.`,
      });
    }
  }
  return gevonden;
}

/** Respondents from stored rows; checks ids and empty cells. */
export function createPool(gegevens: PoolData): { pool: Pool; meldingen: PoolIssue[] } {
  const meldingen: PoolIssue[] = [];
  const kenmerkKolommen = gegevens.kolommen.flatMap((k, i) => (k.rol === 'kenmerk' ? [i] : []));
  const idKolom = gegevens.kolommen.findIndex((k) => k.rol === 'id');
  // The address may be spread over several columns (street, house number, postcode): all count.
  const huisKolommen = gegevens.kolommen.flatMap((k, i) => (k.rol === 'huishouden' ? [i] : []));
  if (kenmerkKolommen.length === 0) {
    meldingen.push({ ernst: 'fout', tekst: 'Kies minstens één kolom als kenmerk (bijvoorbeeld leeftijd of wijk).' });
  }
  const leeg: string[] = [];
  gegevens.rijen.forEach((rij, i) => {
    for (const k of kenmerkKolommen) {
      if ((rij[k] ?? '').trim() === '') leeg.push(`rij ${i + 2} (${gegevens.kolommen[k]!.naam})`);
    }
  });
  if (leeg.length > 0) {
    meldingen.push({
      ernst: 'fout',
      tekst: `${formatNumber(leeg.length)} lege cel(len) in kenmerkkolommen: ${formatShortList(leeg)}. Vul ze aan (bijvoorbeeld met “onbekend”) en geef die waarde een quotum.`,
    });
  }
  const ids = gegevens.rijen.map((rij, i) => (idKolom >= 0 ? (rij[idKolom] ?? '').trim() : `rij-${i + 2}`));
  if (idKolom >= 0) {
    const gezien = new Map<string, number>();
    const dubbel: string[] = [];
    const zonder: number[] = [];
    ids.forEach((id, i) => {
      if (id === '') zonder.push(i + 2);
      else if (gezien.has(id)) dubbel.push(`“${id}” (rij ${gezien.get(id)} en ${i + 2})`);
      else gezien.set(id, i + 2);
    });
    if (dubbel.length > 0) {
      meldingen.push({
        ernst: 'fout',
        tekst: `Dubbele id’s: ${formatShortList(dubbel)}. Iedere respondent mag maar één keer in de pool staan.`,
      });
    }
    if (zonder.length > 0) {
      meldingen.push({
        ernst: 'fout',
        tekst: `Respondent(en) zonder id op rij ${formatShortList(zonder.map(String))}.`,
      });
    }
  }
  const respondenten = gegevens.rijen.map((rij, i) => {
    const huishouden = householdKey(rij, huisKolommen);
    return {
      rij: i + 1,
      id: ids[i]!,
      waarden: kenmerkKolommen.map((k) => (rij[k] ?? '').trim()),
      ...(huishouden === undefined ? {} : { huishouden }),
    };
  });
  return { pool: { categorieen: kenmerkKolommen.map((k) => gegevens.kolommen[k]!.naam), respondenten }, meldingen };
}

/** The counts per value of every kenmerk, for the quota screen. */
export function categoryCounts(
  pool: Pool,
): Array<{ categorie: string; waarden: Array<{ waarde: string; aantal: number }> }> {
  return pool.categorieen.map((categorie, i) => {
    const telling = new Map<string, number>();
    for (const r of pool.respondenten) telling.set(r.waarden[i]!, (telling.get(r.waarden[i]!) ?? 0) + 1);
    return {
      categorie,
      waarden: [...telling.entries()]
        .sort((a, b) => a[0].localeCompare(b[0], 'nl'))
        .map(([waarde, aantal]) => ({ waarde, aantal })),
    };
  });
}

export function validateLoting(pool: Pool, instellingen: LotingSettings, heeftHuishoudkolom: boolean): PoolIssue[] {
  const meldingen: PoolIssue[] = [];
  const fout = (tekst: string) => meldingen.push({ ernst: 'fout', tekst });
  const k = instellingen.panelgrootte;
  const n = pool.respondenten.length;
  if (n === 0) fout('De pool is leeg.');
  if (k > n) fout(`Het panel (${k}) is groter dan de pool (${formatNumber(n)} respondenten).`);
  if (instellingen.huishoudensUitsluiten && !heeftHuishoudkolom) {
    fout('Je wilt niet twee mensen uit één huishouden, maar er is geen kolom met het huishouden of adres gekozen.');
  }
  if (instellingen.huishoudensUitsluiten) {
    const huishoudens = new Set(pool.respondenten.map((r) => r.huishouden ?? `los-${r.rij}`));
    if (huishoudens.size < k)
      fout(`Er zijn maar ${formatNumber(huishoudens.size)} verschillende huishoudens voor ${k} plaatsen.`);
  }

  const perCategorie = new Map<string, Quotum[]>();
  for (const q of instellingen.quota) perCategorie.set(q.categorie, [...(perCategorie.get(q.categorie) ?? []), q]);
  const genegeerd = [...perCategorie.keys()].filter((c) => !pool.categorieen.includes(c));
  // A quotum for a kenmerk the pool does not have is an error: silently dropping it would draw a
  // panel that ignores what the organiser asked for (a typo, or the wrong file).
  if (genegeerd.length > 0) fout(unknownCategoryText(genegeerd, pool.categorieen));

  for (const { categorie, waarden } of categoryCounts(pool)) {
    const quota = perCategorie.get(categorie) ?? [];
    if (quota.length === 0) {
      fout(
        `Kenmerk “${categorie}” heeft geen quota. Geef per waarde een minimum en maximum, of maak de kolom geen kenmerk.`,
      );
      continue;
    }
    const zonder = waarden.filter((w) => !quota.some((q) => q.waarde === w.waarde));
    if (zonder.length > 0) {
      fout(
        `${categorie}: ${formatShortList(zonder.map((w) => `“${w.waarde}” (${w.aantal}×)`))} heeft geen quotum. Geef een minimum en maximum (0 mag), of pas de waarde in het bestand aan.`,
      );
    }
    const dubbel = quota.filter((q, i) => quota.findIndex((r) => r.waarde === q.waarde) !== i);
    if (dubbel.length > 0) fout(`${categorie}: “${dubbel[0]!.waarde}” heeft twee quota.`);
    for (const q of quota) {
      const aantal = waarden.find((w) => w.waarde === q.waarde)?.aantal ?? 0;
      if (q.min > aantal) {
        fout(
          aantal === 0
            ? `${categorie} = ${q.waarde}: het minimum is ${q.min}, maar niemand in de pool heeft deze waarde.`
            : `${categorie} = ${q.waarde}: het minimum is ${q.min}, maar er ${aantal === 1 ? 'is maar 1 respondent' : `zijn maar ${aantal} respondenten`} met deze waarde.`,
        );
      }
      if (q.min > k) fout(`${categorie} = ${q.waarde}: het minimum ${q.min} is groter dan het panel (${k}).`);
    }
    const somMin = quota.reduce((s, q) => s + q.min, 0);
    const somMax = quota.reduce(
      (s, q) => s + Math.min(q.max, waarden.find((w) => w.waarde === q.waarde)?.aantal ?? 0),
      0,
    );
    if (somMin > k) fout(`${categorie}: de minima vragen samen ${somMin} plaatsen, maar het panel heeft er ${k}.`);
    if (somMax < k) {
      fout(
        `${categorie}: de maxima (en de beschikbare respondenten) geven samen hoogstens ${somMax} plaatsen, maar het panel heeft er ${k}.`,
      );
    }
  }
  return meldingen;
}

/** "Het quotabestand noemt “leeftijd”, maar de pool heeft geen kenmerk met die naam …" */
export function unknownCategoryText(onbekend: string[], categorieen: string[]): string {
  const namen = formatShortList(onbekend.map((c) => `“${c}”`));
  return `De quota noemen ${onbekend.length === 1 ? 'het kenmerk' : 'de kenmerken'} ${namen}, maar de pool heeft geen kenmerk met ${onbekend.length === 1 ? 'die naam' : 'die namen'}. Kenmerken in de pool: ${
    categorieen.length > 0
      ? formatShortList(
          categorieen.map((c) => `“${c}”`),
          20,
        )
      : 'geen'
  }. Controleer de schrijfwijze, of kies bij het inlezen die kolom als kenmerk.`;
}
