import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { answerRevision, type WorkshopSession, type WorkshopQuestion } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { SessionConflictDialog } from '../../components/SessionConflictDialog';
import { GroupChoiceForm } from './GroupChoiceForm';
import { SaveStatusText, useWorkshopDocument } from './useWorkshopDocument';

/**
 * Capturing answers: one group at a time, large fields, saved while typing. Made so a group can
 * sit at the laptop itself, or the trainer types during the round.
 */
export function AnswersView({ sessie }: { sessie: WorkshopSession }) {
  const { t } = useTranslation();
  const [groepId, setGroepId] = useState(sessie.groepen[0]!.id);
  const groep = sessie.groepen.find((g) => g.id === groepId) ?? sessie.groepen[0]!;
  return (
    <div className="samenspel-workshop-antwoorden">
      <div role="group" aria-label={t('workshop.antwoorden.kiesGroep')} className="samenspel-workshop-groepkiezer">
        {sessie.groepen.map((g) => {
          const aantal = sessie.vragen.filter((v) => sessie.antwoorden[g.id]?.[v.id]?.trim()).length;
          return (
            <button key={g.id} type="button" aria-pressed={g.id === groep.id} onClick={() => setGroepId(g.id)}>
              <span>{g.naam}</span>
              <span className="samenspel-workshop-groepkiezer__telling">
                {t('workshop.antwoorden.telling', { aantal, totaal: sessie.vragen.length })}
              </span>
            </button>
          );
        })}
      </div>
      <section className="samenspel-card" aria-labelledby="antwoorden-kop">
        <Heading2 id="antwoorden-kop">{t('workshop.antwoorden.kop', { groep: groep.naam })}</Heading2>
        <Paragraph className="samenspel-meta">{t('workshop.antwoorden.uitleg')}</Paragraph>
        {sessie.vragen.map((vraag, i) => (
          <AnswerField
            key={`${groep.id}:${vraag.id}`}
            sessie={sessie}
            groepId={groep.id}
            groupName={groep.naam}
            vraag={vraag}
            nummer={i + 1}
          />
        ))}
      </section>
      {sessie.showAdvice && <GroupChoiceForm key={groep.id} sessie={sessie} groep={groep} />}
    </div>
  );
}

interface AnswerFieldProps {
  sessie: WorkshopSession;
  groepId: string;
  groupName: string;
  vraag: WorkshopQuestion;
  nummer: number;
}

/** One answer cell (group × question): its own document session on the cell's revision. */
function AnswerField({ sessie, groepId, groupName, vraag, nummer }: AnswerFieldProps) {
  const api = useApi();
  const id = useId();
  const cell = (s: WorkshopSession) => ({
    value: s.antwoorden[groepId]?.[vraag.id] ?? '',
    revision: answerRevision(s, groepId, vraag.id),
  });
  const session = useWorkshopDocument(sessie.id, {
    initial: cell(sessie),
    pick: cell,
    save: (tekst, expectedRevision) =>
      api.call('workshop.saveAnswer', { sessieId: sessie.id, groepId, vraagId: vraag.id, tekst, expectedRevision }),
    patch: (s, tekst, { revision }) => ({
      ...s,
      antwoorden: { ...s.antwoorden, [groepId]: { ...s.antwoorden[groepId], [vraag.id]: tekst } },
      answerRevisions: { ...s.answerRevisions, [groepId]: { ...s.answerRevisions[groepId], [vraag.id]: revision } },
    }),
  });
  const tekst = useStore(session.document, (d) => d.value) ?? '';
  return (
    <FormField className="samenspel-workshop-antwoord">
      <FormLabel htmlFor={`${id}-veld`}>
        {nummer}. {vraag.titel}
        <span className="samenspel-visually-hidden"> ({groupName})</span>
      </FormLabel>
      {vraag.toelichting && <FormFieldDescription id={`${id}-help`}>{vraag.toelichting}</FormFieldDescription>}
      <Textarea
        id={`${id}-veld`}
        rows={5}
        value={tekst}
        aria-describedby={vraag.toelichting ? `${id}-help ${id}-status` : `${id}-status`}
        onChange={(e) => session.set(e.target.value)}
      />
      <SaveStatusText session={session} id={`${id}-status`} />
      <SessionConflictDialog session={session} mine={() => session.document.getState().value ?? ''} />
    </FormField>
  );
}
