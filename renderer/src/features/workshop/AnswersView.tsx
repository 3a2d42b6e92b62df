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
export function AnswersView({ session }: { session: WorkshopSession }) {
  const { t } = useTranslation();
  const [groepId, setGroupId] = useState(session.groepen[0]!.id);
  const group = session.groepen.find((g) => g.id === groepId) ?? session.groepen[0]!;
  return (
    <div className="samenspel-workshop-answers">
      <div role="group" aria-label={t('workshop.answers.chooseGroup')} className="samenspel-workshop-group-picker">
        {session.groepen.map((g) => {
          const count = session.vragen.filter((v) => session.antwoorden[g.id]?.[v.id]?.trim()).length;
          return (
            <button key={g.id} type="button" aria-pressed={g.id === group.id} onClick={() => setGroupId(g.id)}>
              <span>{g.naam}</span>
              <span className="samenspel-workshop-group-picker__count">
                {t('workshop.answers.filled', { filled: count, total: session.vragen.length })}
              </span>
            </button>
          );
        })}
      </div>
      <section className="samenspel-card" aria-labelledby="antwoorden-kop">
        <Heading2 id="antwoorden-kop">{t('workshop.answers.heading', { group: group.naam })}</Heading2>
        <Paragraph className="samenspel-meta">{t('workshop.answers.intro')}</Paragraph>
        {session.vragen.map((question, i) => (
          <AnswerField
            key={`${group.id}:${question.id}`}
            session={session}
            groepId={group.id}
            groupName={group.naam}
            question={question}
            number={i + 1}
          />
        ))}
      </section>
      {session.showAdvice && <GroupChoiceForm key={group.id} session={session} group={group} />}
    </div>
  );
}

interface AnswerFieldProps {
  session: WorkshopSession;
  groepId: string;
  groupName: string;
  question: WorkshopQuestion;
  number: number;
}

/** One answer cell (group × question): its own document session on the cell's revision. */
function AnswerField({ session, groepId, groupName, question, number }: AnswerFieldProps) {
  const api = useApi();
  const id = useId();
  const cell = (s: WorkshopSession) => ({
    value: s.antwoorden[groepId]?.[question.id] ?? '',
    revision: answerRevision(s, groepId, question.id),
  });
  const doc = useWorkshopDocument(session.id, {
    initial: cell(session),
    pick: cell,
    save: (tekst, expectedRevision) =>
      api.call('workshop.saveAnswer', { sessieId: session.id, groepId, vraagId: question.id, tekst, expectedRevision }),
    patch: (s, tekst, { revision }) => ({
      ...s,
      antwoorden: { ...s.antwoorden, [groepId]: { ...s.antwoorden[groepId], [question.id]: tekst } },
      answerRevisions: { ...s.answerRevisions, [groepId]: { ...s.answerRevisions[groepId], [question.id]: revision } },
    }),
  });
  const tekst = useStore(doc.document, (d) => d.value) ?? '';
  return (
    <FormField className="samenspel-workshop-answer">
      <FormLabel htmlFor={`${id}-veld`}>
        {number}. {question.titel}
        <span className="samenspel-visually-hidden"> ({groupName})</span>
      </FormLabel>
      {question.toelichting && <FormFieldDescription id={`${id}-help`}>{question.toelichting}</FormFieldDescription>}
      <Textarea
        id={`${id}-veld`}
        rows={5}
        value={tekst}
        aria-describedby={question.toelichting ? `${id}-help ${id}-status` : `${id}-status`}
        onChange={(e) => doc.set(e.target.value)}
      />
      <SaveStatusText session={doc} id={`${id}-status`} />
      <SessionConflictDialog session={doc} mine={() => doc.document.getState().value ?? ''} />
    </FormField>
  );
}
