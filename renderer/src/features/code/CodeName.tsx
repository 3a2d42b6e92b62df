import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useCodeSession, useCodeState } from './CodeSessionProvider';

/** Renames the code (the name in the list; the citeertitel is a choice of its own). */
export function CodeName() {
  const { t } = useTranslation();
  const session = useCodeSession();
  const naam = useCodeState((s) => s.stored?.naam ?? '');
  const [bewerken, setBewerken] = useState(false);
  const [tekst, setTekst] = useState('');
  const [leeg, setLeeg] = useState(false);
  const knop = useRef<HTMLButtonElement>(null);
  const stop = () => {
    setBewerken(false);
    requestAnimationFrame(() => knop.current?.focus());
  };
  if (!bewerken)
    return (
      <button
        ref={knop}
        type="button"
        className="samenspel-link-button"
        onClick={() => {
          setTekst(naam);
          setLeeg(false);
          setBewerken(true);
        }}
      >
        {t('code.kop.naamWijzigen')}
      </button>
    );
  return (
    <form
      className="samenspel-code-naam"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!tekst.trim()) return setLeeg(true);
        void session.rename(tekst.trim()).then((ok) => ok && stop());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') stop();
      }}
    >
      <FormField invalid={leeg}>
        <FormLabel htmlFor="code-naam">{t('code.kop.naamLabel')}</FormLabel>
        {leeg && <FormFieldErrorMessage id="code-naam-fout">{t('code.kop.naamLeeg')}</FormFieldErrorMessage>}
        <Textbox
          id="code-naam"
          autoFocus
          maxLength={200}
          invalid={leeg}
          aria-describedby={leeg ? 'code-naam-fout' : undefined}
          value={tekst}
          onChange={(e) => setTekst(e.target.value)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button">
        {t('code.kop.opslaan')}
      </Button>
      <Button appearance="secondary-action-button" onClick={stop}>
        {t('code.kop.annuleren')}
      </Button>
    </form>
  );
}
