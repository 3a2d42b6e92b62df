import { z } from 'zod';
import {
  GroepKeuze,
  RodeDraad,
  standaardVragen,
  STANDAARD_TIJDEN,
  Tijden,
  TimerEvent,
  timerStand,
  toegestaneActies,
  vulIdsAan,
  WorkshopCasus,
  type WorkshopOpzetWijziging,
  WorkshopSamenvatting,
  WorkshopSessie,
  WorkshopStand,
  WorkshopVraag,
  type NieuweWorkshopParsed,
  type TimerActie,
  type TimerNaam,
  type WorkshopAntwoorden,
} from '../../../shared/workshop/index';
import type { Db } from '../open';
import { naOpslaanLeesbaar, weigerStuurtekens } from './controle';
import { controleerRevisie } from './revisie';

/** The setup as stored in workshop_sessies.opzet. */
const Opzet = z.object({
  casus: WorkshopCasus,
  vragen: z.array(WorkshopVraag).min(1),
  tijden: Tijden,
  toonAdvies: z.boolean(),
  geluid: z.boolean(),
});
type Opzet = z.infer<typeof Opzet>;

interface SessieRow {
  id: string;
  titel: string;
  opzet: string;
  stap: string;
  vraag_index: number;
  revisie: number;
  created_at: string;
  updated_at: string;
}
interface GroepRow {
  id: string;
  naam: string;
  keuze: string | null;
}

export class TimerActieNietToegestaan extends Error {
  constructor(readonly status: string) {
    super(`timer action not allowed in status ${status}`);
  }
}

/**
 * All SQL for workshop sessions. Reads validate and repair field by field, so one damaged value
 * (a hand-edited database, an older build) costs that value and never the whole session.
 */
export class WorkshopRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  list(): WorkshopSamenvatting[] {
    const rows = this.db
      .prepare(
        `SELECT s.*, (SELECT count(*) FROM workshop_groepen g WHERE g.sessie_id = s.id) AS aantal
         FROM workshop_sessies s ORDER BY s.updated_at DESC, s.titel`,
      )
      .all() as Array<SessieRow & { aantal: number }>;
    return rows.map((row) => {
      const { opzet } = readOpzet(row.opzet);
      return WorkshopSamenvatting.parse({
        id: row.id,
        titel: row.titel,
        casus: opzet.casus,
        stand: readStand(row),
        aantalGroepen: row.aantal,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
    });
  }

  get(id: string): WorkshopSessie | undefined {
    const row = this.db.prepare('SELECT * FROM workshop_sessies WHERE id = ?').get(id) as SessieRow | undefined;
    if (!row) return undefined;
    const { opzet, repaired: opzetHersteld } = readOpzet(row.opzet);
    let repaired = opzetHersteld;

    const groepen = (
      this.db
        .prepare('SELECT id, naam, keuze FROM workshop_groepen WHERE sessie_id = ? ORDER BY volgorde')
        .all(id) as GroepRow[]
    ).map((g) => {
      const keuze = g.keuze === null ? null : GroepKeuze.safeParse(safeJson(g.keuze));
      if (keuze && !keuze.success) repaired = true;
      return { id: g.id, naam: g.naam, keuze: keuze?.success ? keuze.data : null };
    });

    const antwoorden: WorkshopAntwoorden = {};
    const rijen = this.db
      .prepare('SELECT groep_id, vraag_id, tekst FROM workshop_antwoorden WHERE sessie_id = ?')
      .all(id) as Array<{ groep_id: string; vraag_id: string; tekst: string }>;
    for (const r of rijen) (antwoorden[r.groep_id] ??= {})[r.vraag_id] = r.tekst;

    const rodeDraden = (
      this.db
        .prepare('SELECT id, tekst, groep_ids, bron FROM workshop_rode_draden WHERE sessie_id = ? ORDER BY volgorde')
        .all(id) as Array<{ id: string; tekst: string; groep_ids: string; bron: string | null }>
    ).map((d) => {
      const parsed = RodeDraad.safeParse({
        id: d.id,
        tekst: d.tekst,
        groepIds: safeJson(d.groep_ids),
        ...(d.bron ? { bron: d.bron } : {}),
      });
      if (parsed.success) return parsed.data;
      repaired = true;
      return { id: d.id, tekst: d.tekst, groepIds: [] };
    });

    return WorkshopSessie.parse({
      id: row.id,
      titel: row.titel,
      ...opzet,
      groepen,
      stand: readStand(row),
      antwoorden,
      timerEvents: this.timerEvents(id),
      rodeDraden,
      repaired,
      revision: row.revisie,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  create(input: NieuweWorkshopParsed, casus: WorkshopCasus): WorkshopSessie {
    const id = this.newId();
    const stamp = this.now().toISOString();
    const opzet: Opzet = {
      casus,
      vragen: vulIdsAan(input.vragen, 'vraag').map((v) => WorkshopVraag.parse(v)),
      tijden: input.tijden,
      toonAdvies: input.toonAdvies,
      geluid: input.geluid,
    };
    weigerStuurtekens([input.titel, opzet, input.groepen]);
    return this.db
      .transaction(() => {
        this.db
          .prepare('INSERT INTO workshop_sessies (id, titel, opzet, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
          .run(id, input.titel, JSON.stringify(opzet), stamp, stamp);
        this.writeGroepen(id, input.groepen);
        // Read back before commit: a session that cannot be opened is never stored.
        return naOpslaanLeesbaar(() => this.get(id));
      })
      .immediate();
  }

  /**
   * Changes the setup on top of `change.expectedRevision`: a stale revision throws
   * RevisionConflict before anything is written (so no group and no answer is deleted).
   * Returns undefined when the session does not exist.
   */
  updateOpzet(change: z.output<typeof WorkshopOpzetWijziging>): WorkshopSessie | undefined {
    weigerStuurtekens([change.titel, change.vragen, change.groepen]);
    return this.db
      .transaction(() => {
        const current = this.get(change.id);
        if (!current) return undefined;
        controleerRevisie('workshop', change.expectedRevision, current.revision);
        const vragen = change.vragen
          ? vulIdsAan(
              change.vragen,
              'vraag',
              current.vragen.map((v) => v.id),
            ).map((v) => WorkshopVraag.parse(v))
          : current.vragen;
        const opzet: Opzet = {
          casus: current.casus,
          vragen,
          tijden: change.tijden ?? current.tijden,
          toonAdvies: change.toonAdvies ?? current.toonAdvies,
          geluid: change.geluid ?? current.geluid,
        };
        this.db
          .prepare(
            'UPDATE workshop_sessies SET titel = ?, opzet = ?, vraag_index = min(vraag_index, ?), revisie = ? WHERE id = ?',
          )
          .run(
            change.titel ?? current.titel,
            JSON.stringify(opzet),
            vragen.length - 1,
            current.revision + 1,
            change.id,
          );
        if (change.vragen) {
          // Answers to a question that was removed would never be shown again; drop them with it.
          const ids = vragen.map((v) => v.id);
          this.db
            .prepare(
              `DELETE FROM workshop_antwoorden WHERE sessie_id = ? AND vraag_id NOT IN (SELECT value FROM json_each(?))`,
            )
            .run(change.id, JSON.stringify(ids));
        }
        if (change.groepen) this.writeGroepen(change.id, change.groepen);
        this.touch(change.id);
        return naOpslaanLeesbaar(() => this.get(change.id));
      })
      .immediate();
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM workshop_sessies WHERE id = ?').run(id).changes > 0;
  }

  /** Saves one answer of one group. False when the session or group does not exist (any more). */
  saveAntwoord(sessieId: string, groepId: string, vraagId: string, tekst: string): boolean {
    if (!this.hasGroep(sessieId, groepId)) return false;
    weigerStuurtekens(tekst);
    const stamp = this.now().toISOString();
    this.db
      .transaction(() => {
        this.db
          .prepare(
            `INSERT INTO workshop_antwoorden (sessie_id, groep_id, vraag_id, tekst, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (sessie_id, groep_id, vraag_id) DO UPDATE SET tekst = excluded.tekst, updated_at = excluded.updated_at`,
          )
          .run(sessieId, groepId, vraagId, tekst, stamp);
        this.touch(sessieId, stamp);
      })
      .immediate();
    return true;
  }

  saveKeuze(sessieId: string, groepId: string, keuze: GroepKeuze | null): boolean {
    if (!this.hasGroep(sessieId, groepId)) return false;
    this.db
      .transaction(() => {
        this.db
          .prepare('UPDATE workshop_groepen SET keuze = ? WHERE sessie_id = ? AND id = ?')
          .run(keuze === null ? null : JSON.stringify(keuze), sessieId, groepId);
        this.touch(sessieId);
      })
      .immediate();
    return true;
  }

  setStand(sessieId: string, stand: WorkshopStand): boolean {
    return (
      this.db
        .prepare('UPDATE workshop_sessies SET stap = ?, vraag_index = ?, updated_at = ? WHERE id = ?')
        .run(stand.stap, stand.vraagIndex, this.now().toISOString(), sessieId).changes > 0
    );
  }

  timerEvents(sessieId: string): TimerEvent[] {
    const rows = this.db
      .prepare('SELECT timer, actie, op, ms FROM workshop_timer_events WHERE sessie_id = ? ORDER BY volgnummer')
      .all(sessieId);
    return z.array(TimerEvent).parse(rows);
  }

  /**
   * Records a timer press stamped with this process's clock. The check and the insert happen in
   * one transaction, so two windows pressing "start" at once give one start, not two.
   */
  timer(sessieId: string, timer: TimerNaam, actie: TimerActie, ms = 0): TimerEvent[] | undefined {
    return this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT opzet FROM workshop_sessies WHERE id = ?').get(sessieId) as
          { opzet: string } | undefined;
        if (!row) return undefined;
        const { opzet } = readOpzet(row.opzet);
        const op = this.now().getTime();
        const basisMs = (timer === 'gesprek' ? opzet.tijden.gesprekSec : opzet.tijden.rondgangSec) * 1000;
        const stand = timerStand(this.timerEvents(sessieId), timer, basisMs, op);
        if (!toegestaneActies(stand.status).includes(actie)) throw new TimerActieNietToegestaan(stand.status);
        this.db
          .prepare('INSERT INTO workshop_timer_events (sessie_id, timer, actie, op, ms) VALUES (?, ?, ?, ?, ?)')
          .run(sessieId, timer, actie, op, actie === 'verleng' ? ms : 0);
        this.touch(sessieId);
        return this.timerEvents(sessieId);
      })
      .immediate();
  }

  /**
   * Replaces the rode draden of a session by this list (the editor saves the list as a whole).
   * With `vorige`, only when the stored list is still that one: else RodeDradenGewijzigd.
   */
  saveRodeDraden(sessieId: string, draden: RodeDraad[], vorige?: RodeDraad[]): RodeDraad[] | undefined {
    if (!this.db.prepare('SELECT 1 FROM workshop_sessies WHERE id = ?').get(sessieId)) return undefined;
    weigerStuurtekens(draden);
    return this.db
      .transaction(() => {
        if (vorige && !zelfdeDraden(this.get(sessieId)?.rodeDraden ?? [], vorige)) throw new RodeDradenGewijzigd();
        this.db.prepare('DELETE FROM workshop_rode_draden WHERE sessie_id = ?').run(sessieId);
        const insert = this.db.prepare(
          'INSERT INTO workshop_rode_draden (sessie_id, id, volgorde, tekst, groep_ids, bron) VALUES (?, ?, ?, ?, ?, ?)',
        );
        draden.forEach((d, i) => insert.run(sessieId, d.id, i, d.tekst, JSON.stringify(d.groepIds), d.bron ?? null));
        this.touch(sessieId);
        return naOpslaanLeesbaar(() => this.get(sessieId)).rodeDraden;
      })
      .immediate();
  }

  private hasGroep(sessieId: string, groepId: string): boolean {
    return Boolean(
      this.db.prepare('SELECT 1 FROM workshop_groepen WHERE sessie_id = ? AND id = ?').get(sessieId, groepId),
    );
  }

  private touch(sessieId: string, stamp = this.now().toISOString()): void {
    this.db.prepare('UPDATE workshop_sessies SET updated_at = ? WHERE id = ?').run(stamp, sessieId);
  }

  /** Writes the new group list: known ids keep their answers and choices, missing ones go (with their answers). */
  private writeGroepen(sessieId: string, groepen: Array<{ id?: string | undefined; naam: string }>): void {
    const bestaand = this.db
      .prepare('SELECT id FROM workshop_groepen WHERE sessie_id = ?')
      .pluck()
      .all(sessieId) as string[];
    const metIds = vulIdsAan(groepen, 'groep', bestaand);
    this.db
      .prepare('DELETE FROM workshop_groepen WHERE sessie_id = ? AND id NOT IN (SELECT value FROM json_each(?))')
      .run(sessieId, JSON.stringify(metIds.map((g) => g.id)));
    const upsert = this.db.prepare(
      `INSERT INTO workshop_groepen (sessie_id, id, volgorde, naam) VALUES (?, ?, ?, ?)
       ON CONFLICT (sessie_id, id) DO UPDATE SET volgorde = excluded.volgorde, naam = excluded.naam`,
    );
    metIds.forEach((g, i) => upsert.run(sessieId, g.id, i, g.naam.trim()));
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readStand(row: SessieRow): WorkshopStand {
  const parsed = WorkshopStand.safeParse({ stap: row.stap, vraagIndex: row.vraag_index });
  return parsed.success ? parsed.data : { stap: 'casus', vraagIndex: 0 };
}

/** Keeps every field of the setup that still validates and falls back to the workshop defaults for the rest. */
function readOpzet(text: string): { opzet: Opzet; repaired: boolean } {
  const raw = safeJson(text);
  const full = Opzet.safeParse(raw);
  if (full.success) return { opzet: full.data, repaired: false };
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    const p = schema.safeParse(value);
    return p.success ? p.data : fallback;
  };
  return {
    opzet: {
      casus: pick(WorkshopCasus, r.casus, {
        bron: { soort: 'voorbeeld', id: 'onbekend' },
        titel: 'Casus (hersteld)',
        gemeente: '',
        vraagstuk: '',
      }),
      vragen: pick(z.array(WorkshopVraag).min(1), r.vragen, standaardVragen()),
      tijden: pick(Tijden, r.tijden, STANDAARD_TIJDEN),
      toonAdvies: pick(z.boolean(), r.toonAdvies, false),
      geluid: pick(z.boolean(), r.geluid, true),
    },
    repaired: true,
  };
}

/** The stored rode draden are not the list the edit started from (another window saved). */
export class RodeDradenGewijzigd extends Error {
  constructor() {
    super('rode draden changed elsewhere');
  }
}

/** Same threads in the same order; key order and an absent versus undefined `bron` do not count. */
function zelfdeDraden(a: RodeDraad[], b: RodeDraad[]): boolean {
  const vorm = (lijst: RodeDraad[]) => JSON.stringify(lijst.map((d) => [d.id, d.tekst, d.groepIds, d.bron ?? null]));
  return vorm(a) === vorm(b);
}
