import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { verificationText, verifyPublication, type Verification } from '@shared/loting/verification';
import { FileField } from './FileField';

/**
 * Anyone can check a published draw here, without the pool: the distribution file, the value and
 * (optionally) the panel's numbers. The replay runs in the browser (shared/loting/verification.ts),
 * exactly as `npm run cli -- loting verify`.
 */
export function VerifyDraw() {
  const { t } = useTranslation();
  const id = useId();
  const [bestand, setBestand] = useState<{ naam: string; inhoud: unknown } | null>(null);
  const [bestandFout, setBestandFout] = useState<string | null>(null);
  const [waarde, setWaarde] = useState('');
  const [panel, setPanel] = useState('');
  const [uitkomst, setUitkomst] = useState<Verification | null>(null);

  const kies = async (file: File | undefined) => {
    setUitkomst(null);
    if (!file) return;
    try {
      setBestand({ naam: file.name, inhoud: JSON.parse(await file.text()) as unknown });
      setBestandFout(null);
    } catch {
      setBestand(null);
      setBestandFout(t('loting.controleren.geenJson'));
    }
  };
  const controleer = () => {
    if (!bestand) return setBestandFout(t('loting.controleren.geenBestand'));
    const nummers = panel
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
    setUitkomst(verifyPublication(bestand.inhoud, waarde, nummers.length > 0 ? nummers : undefined));
  };

  return (
    <section className="samenspel-card" aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`}>{t('loting.controleren.titel')}</Heading2>
      <Paragraph>{t('loting.controleren.uitleg')}</Paragraph>
      <FileField
        id={`${id}-verdeling`}
        label={t('loting.controleren.verdeling')}
        uitleg={t('loting.controleren.verdelingHelp')}
        accept=".json,application/json"
        onKies={(f) => void kies(f)}
      />
      {bestandFout && (
        <Alert type="error">
          <Paragraph>{bestandFout}</Paragraph>
        </Alert>
      )}
      <FormField>
        <FormLabel htmlFor={`${id}-waarde`}>{t('loting.controleren.waarde')}</FormLabel>
        <FormFieldDescription id={`${id}-waarde-help`}>{t('loting.controleren.waardeHelp')}</FormFieldDescription>
        <Textbox
          id={`${id}-waarde`}
          aria-describedby={`${id}-waarde-help`}
          value={waarde}
          onChange={(e) => setWaarde(e.target.value)}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-panel`}>{t('loting.controleren.panel')}</FormLabel>
        <FormFieldDescription id={`${id}-panel-help`}>{t('loting.controleren.panelHelp')}</FormFieldDescription>
        <Textbox
          id={`${id}-panel`}
          aria-describedby={`${id}-panel-help`}
          value={panel}
          onChange={(e) => setPanel(e.target.value)}
        />
      </FormField>
      <div>
        <Button appearance="secondary-action-button" onClick={controleer}>
          {t('loting.controleren.knop')}
        </Button>
      </div>
      <div aria-live="polite">
        {uitkomst && (
          <Alert type={uitkomst.ok ? 'ok' : 'error'}>
            <Paragraph>
              <strong>{uitkomst.ok ? t('loting.controleren.goed') : t('loting.controleren.fout')}</strong>{' '}
              {verificationText(uitkomst)}
            </Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}
