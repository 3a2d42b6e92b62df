import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { Traject } from '../../../../shared/traject/traject';

/** Placeholder until the procesplaat (issue 5) lands. */
export function ProcesplaatView(_props: { traject: Traject }) {
  const { t } = useTranslation();
  return <Paragraph>{t('traject.notYet')}</Paragraph>;
}
