import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useCodeSession, useCodeState } from './CodeSessionProvider';

/** Renames the code (the name in the list; the citeertitel is a choice of its own). */
export function CodeName() {
  const { t } = useTranslation();
  const session = useCodeSession();
  const name = useCodeState((s) => s.stored?.naam ?? '');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [empty, setEmpty] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const stop = () => {
    setEditing(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  if (!editing)
    return (
      <button
        ref={button}
        type="button"
        className="samenspel-link-button"
        onClick={() => {
          setDraft(name);
          setEmpty(false);
          setEditing(true);
        }}
      >
        {t('code.header.naamWijzigen')}
      </button>
    );
  return (
    <form
      className="samenspel-code-naam"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!draft.trim()) return setEmpty(true);
        void session.rename(draft.trim()).then((ok) => ok && stop());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') stop();
      }}
    >
      <FormField invalid={empty}>
        <FormLabel htmlFor="code-naam">{t('code.header.naamLabel')}</FormLabel>
        {empty && <FormFieldErrorMessage id="code-naam-fout">{t('code.header.naamLeeg')}</FormFieldErrorMessage>}
        <Textbox
          id="code-naam"
          autoFocus
          maxLength={200}
          invalid={empty}
          aria-describedby={empty ? 'code-naam-fout' : undefined}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button">
        {t('code.header.opslaan')}
      </Button>
      <Button appearance="secondary-action-button" onClick={stop}>
        {t('code.header.annuleren')}
      </Button>
    </form>
  );
}
