import { z } from 'zod';
import { answerMessages } from './messages';
import { Phase } from './vocabulary';

/**
 * What a participatieplan needs besides the method's answers, for a raadsvoorstel: who asked
 * for it, whom to contact, which parties have a stake, how input is weighed, privacy and
 * complaints, money and people, the beslispunten. Everything is optional: the export derives
 * sensible defaults from the answers (shared/document/details.ts) and marks what is still
 * missing as "nog in te vullen" instead of leaving it out.
 */

const text = (max: number) => z.string().trim().max(max, answerMessages.textTooLong(max));
const isoDate = z.iso.date({ error: answerMessages.isoDate });

export const Stakeholder = z.strictObject({
  /** A named party: "Woningcorporatie Lindewonen", "Ondernemersvereniging Centrum". */
  partij: text(200).min(1, answerMessages.stakeholderMissing),
  /** Its interest in the question, in a sentence. */
  belang: text(1000).default(''),
});
export type Stakeholder = z.infer<typeof Stakeholder>;

export const ContactPerson = z.strictObject({
  naam: text(200).optional(),
  functie: text(200).optional(),
  email: text(200).optional(),
  telefoon: text(50).optional(),
});
export type ContactPerson = z.infer<typeof ContactPerson>;

export const PlanDetails = z.strictObject({
  /**
   * The article of the gemeente's own participatieverordening this plan rests on, as it is cited:
   * "artikel 4 van de Participatieverordening Lindeveld 2026".
   */
  verordeningArtikel: text(300).optional(),
  /** Who commissions the traject: a wethouder, the college, the raad (via the griffie). */
  opdrachtgever: text(300).optional(),
  contactpersoon: ContactPerson.optional(),
  stakeholders: z.array(Stakeholder).max(100).default([]),
  /** Criteria the deciding body weighs input by (wegingskader). */
  wegingskader: z.array(text(500).min(1)).max(50).default([]),
  participatieverslag: z
    .strictObject({
      /** What the verslag will contain, beyond who took part, what they said and what was done with it. */
      inhoud: z.array(text(500).min(1)).max(30).default([]),
      /** When the raad receives it: a date (jjjj-mm-dd) or words ("bij het raadsvoorstel"). */
      moment: text(200).optional(),
    })
    .optional(),
  privacy: z
    .strictObject({
      /** Addresses from the Basisregistratie Personen are used to draw a lottery or a sample. */
      brp: z.boolean().optional(),
      toelichting: text(2000).optional(),
    })
    .optional(),
  /** Own text on complaints; by default hoofdstuk 9 Awb and the ombudsman. */
  klachten: text(2000).optional(),
  /** Total budget for participation in euros; by default the sum of the phase budgets. */
  budgetTotaal: z.number().nonnegative().optional(),
  /** Staff capacity, in words: "0,6 fte projectleider en 0,2 fte communicatie". */
  capaciteit: text(500).optional(),
  uitdaagrecht: z
    .strictObject({
      vanToepassing: z.boolean(),
      toelichting: text(1000).optional(),
    })
    .optional(),
  /** What the raad is asked to decide ("De raad wordt gevraagd …"), one point per item. */
  beslispunten: z.array(text(1000).min(1)).max(20).default([]),
  /** The period of each phase; steps without their own date fall within it. */
  planning: z.partialRecord(Phase, z.strictObject({ start: isoDate.optional(), end: isoDate.optional() })).default({}),
  /** Concept until the college or the raad adopted the plan. */
  status: z.enum(['concept', 'vastgesteld']).optional(),
});
export type PlanDetails = z.infer<typeof PlanDetails>;
