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
  const [groupId, setGroupId] = useState(session.groups[0]!.id);
  const group = session.groups.find((g) => g.id === groupId) ?? session.groups[0]!;
  return (
    <div className="samenspel-workshop-answers">
      <div role="group" aria-label={t('workshop.answers.chooseGroup')} className="samenspel-workshop-group-picker">
        {session.groups.map((g) => {
          const count = session.questions.filter((q) => session.answers[g.id]?.[q.id]?.trim()).length;
          return (
            <button key={g.id} type="button" aria-pressed={g.id === group.id} onClick={() => setGroupId(g.id)}>
              <span>{g.name}</span>
              <span className="samenspel-workshop-group-picker__count">
                {t('workshop.answers.filled', { filled: count, total: session.questions.length })}
              </span>
            </button>
          );
        })}
      </div>
      <section className="samenspel-card" aria-labelledby="answers-heading">
        <Heading2 id="answers-heading">{t('workshop.answers.heading', { group: group.name })}</Heading2>
        <Paragraph className="samenspel-meta">{t('workshop.answers.intro')}</Paragraph>
        {session.questions.map((question, i) => (
          <AnswerField
            key={`${group.id}:${question.id}`}
            session={session}
            groupId={group.id}
            groupName={group.name}
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
  groupId: string;
  groupName: string;
  question: WorkshopQuestion;
  number: number;
}

/** One answer cell (group × question): its own document session on the cell's revision. */
function AnswerField({ session, groupId, groupName, question, number }: AnswerFieldProps) {
  const api = useApi();
  const id = useId();
  const cell = (s: WorkshopSession) => ({
    value: s.answers[groupId]?.[question.id] ?? '',
    revision: answerRevision(s, groupId, question.id),
  });
  const doc = useWorkshopDocument(session.id, {
    initial: cell(session),
    pick: cell,
    save: (text, expectedRevision) =>
      api.call('workshop.saveAnswer', {
        sessionId: session.id,
        groupId,
        questionId: question.id,
        text,
        expectedRevision,
      }),
    patch: (s, text, { revision }) => ({
      ...s,
      answers: { ...s.answers, [groupId]: { ...s.answers[groupId], [question.id]: text } },
      answerRevisions: { ...s.answerRevisions, [groupId]: { ...s.answerRevisions[groupId], [question.id]: revision } },
    }),
  });
  const text = useStore(doc.document, (d) => d.value) ?? '';
  return (
    <FormField className="samenspel-workshop-answer">
      <FormLabel htmlFor={`${id}-field`}>
        {number}. {question.title}
        <span className="samenspel-visually-hidden"> ({groupName})</span>
      </FormLabel>
      {question.explanation && <FormFieldDescription id={`${id}-help`}>{question.explanation}</FormFieldDescription>}
      <Textarea
        id={`${id}-field`}
        rows={5}
        value={text}
        aria-describedby={question.explanation ? `${id}-help ${id}-status` : `${id}-status`}
        onChange={(e) => doc.set(e.target.value)}
      />
      <SaveStatusText session={doc} id={`${id}-status`} />
      <SessionConflictDialog session={doc} mine={() => doc.document.getState().value ?? ''} />
    </FormField>
  );
}
