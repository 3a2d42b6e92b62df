import Papa from 'papaparse';
import { limits, type Quotum } from './model';
import { formatNumber } from '../format';

/**
 * Reading the respondents and quota files. The text is already decoded (the caller tries UTF-8
 * first and says so when it had to fall back). The delimiter is detected: Dutch Excel writes
 * semicolons, most other tools commas.
 */
export type ReadResult<T> = { ok: true; waarde: T; waarschuwingen: string[] } | { ok: false; fout: string };

export interface Table {
  kolommen: string[];
  rijen: string[][];
}

/**
 * Lines in a text, counting every line ending papaparse accepts (CRLF, LF and a lone CR, as old
 * Mac Excel writes), so no line ending slips past the row limit.
 */
export function countLines(tekst: string): number {
  let regels = 1;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (c === 10 || (c === 13 && tekst.charCodeAt(i + 1) !== 10)) regels++;
  }
  return regels;
}

export function readCsv(tekst: string): ReadResult<Table> {
  const schoon = tekst.replace(/^\uFEFF/, '');
  if (schoon.trim() === '') return { ok: false, fout: 'Het bestand is leeg.' };
  // Counting lines first refuses a huge file before papaparse builds all its rows.
  const regels = countLines(schoon);
  if (regels > limits.maxRespondenten + 10) {
    return {
      ok: false,
      fout: `Dit bestand heeft ongeveer ${formatNumber(regels - 1)} rijen. Samenspel kan hoogstens ${formatNumber(limits.maxRespondenten)} respondenten loten. Splits het bestand of maak eerst een voorselectie.`,
    };
  }
  const result = Papa.parse<string[]>(schoon, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const [kop, ...rijen] = result.data;
  if (!kop || kop.length === 0) return { ok: false, fout: 'Het bestand heeft geen kopregel met kolomnamen.' };
  const kolommen = kop.map((k) => k.trim());
  if (kolommen.length === 1 && rijen.length > 0) {
    return {
      ok: false,
      fout: `Het bestand heeft maar één kolom (“${kolommen[0]!.slice(0, 60)}”). Gebruik een komma, puntkomma of tab tussen de kolommen.`,
    };
  }
  if (kolommen.length > limits.maxKolommen)
    return { ok: false, fout: `Het bestand heeft ${kolommen.length} kolommen; hoogstens ${limits.maxKolommen} kan.` };
  const leeg = kolommen.findIndex((k) => k === '');
  if (leeg >= 0) return { ok: false, fout: `Kolom ${leeg + 1} heeft geen naam in de kopregel.` };
  const dubbel = kolommen.find((k, i) => kolommen.indexOf(k) !== i);
  if (dubbel) return { ok: false, fout: `De kolomnaam “${dubbel}” komt twee keer voor.` };
  const waarschuwingen: string[] = [];
  const scheef = rijen.findIndex((r) => r.length !== kolommen.length);
  if (scheef >= 0) {
    return {
      ok: false,
      fout: `Rij ${scheef + 2} heeft ${rijen[scheef]!.length} kolommen, de kopregel ${kolommen.length}. Controleer het scheidingsteken en aanhalingstekens.`,
    };
  }
  const teLang = rijen.findIndex((r) => r.some((c) => c.length > limits.maxCelLengte));
  if (teLang >= 0)
    return { ok: false, fout: `Rij ${teLang + 2} heeft een cel langer dan ${limits.maxCelLengte} tekens.` };
  return { ok: true, waarde: { kolommen, rijen: rijen.map((r) => r.map((c) => c.trim())) }, waarschuwingen };
}

const kolomNamen = {
  categorie: ['category', 'categorie', 'kenmerk'],
  waarde: ['feature', 'waarde', 'name'],
  min: ['min', 'minimum'],
  max: ['max', 'maximum'],
};

/** A quota file: one row per value with category, feature/waarde, min and max (the paper's format). */
export function readQuotaCsv(tekst: string): ReadResult<Quotum[]> {
  const tabel = readCsv(tekst);
  if (!tabel.ok) return tabel;
  const kol = tabel.waarde.kolommen.map((k) => k.toLowerCase());
  const idx = Object.fromEntries(
    Object.entries(kolomNamen).map(([naam, opties]) => [naam, kol.findIndex((k) => opties.includes(k))]),
  ) as Record<keyof typeof kolomNamen, number>;
  const mist = Object.entries(idx)
    .filter(([, i]) => i < 0)
    .map(([naam]) => naam);
  if (mist.length > 0) {
    return {
      ok: false,
      fout: `Het quotabestand mist de kolom(men): ${mist.join(', ')}. Verwacht: category,feature,min,max.`,
    };
  }
  const quota: Quotum[] = [];
  for (const [i, rij] of tabel.waarde.rijen.entries()) {
    const min = Number(rij[idx.min]);
    const max = Number(rij[idx.max]);
    const categorie = rij[idx.categorie] ?? '';
    const waarde = rij[idx.waarde] ?? '';
    if (!categorie || !waarde)
      return { ok: false, fout: `Rij ${i + 2} van het quotabestand mist een categorie of waarde.` };
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < 0) {
      return {
        ok: false,
        fout: `Rij ${i + 2} (${categorie} = ${waarde}): minimum en maximum moeten hele getallen van 0 of meer zijn.`,
      };
    }
    if (min > max)
      return {
        ok: false,
        fout: `Rij ${i + 2} (${categorie} = ${waarde}): het minimum ${min} is groter dan het maximum ${max}.`,
      };
    quota.push({ categorie, waarde, min, max });
  }
  return { ok: true, waarde: quota, waarschuwingen: [] };
}

/** Cells of a sheet to text; shared by the Node and the browser reader. */
export function tableFromCells(data: unknown[][]): ReadResult<Table> {
  const tekst = (c: unknown) =>
    c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();
  const [kop, ...rijen] = data.filter((r) => r.some((c) => tekst(c) !== ''));
  if (!kop) return { ok: false, fout: 'Het eerste werkblad is leeg.' };
  if (rijen.length > limits.maxRespondenten) {
    return {
      ok: false,
      fout: `Dit werkblad heeft ${rijen.length} rijen; Samenspel kan hoogstens ${limits.maxRespondenten} respondenten loten.`,
    };
  }
  const kolommen = kop.map(tekst);
  return {
    ok: true,
    waarde: { kolommen, rijen: rijen.map((r) => kolommen.map((_, i) => tekst(r[i]))) },
    waarschuwingen: [],
  };
}
