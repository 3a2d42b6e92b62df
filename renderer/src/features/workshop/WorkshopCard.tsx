import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { workshopHash } from './route';

/** The way in for trainers, on the start screen. */
export function WorkshopCard() {
  const { t } = useTranslation();
  return (
    <section className="samenspel-card" aria-labelledby="workshop-card-heading">
      <Heading2 id="workshop-card-heading">{t('workshop.card.heading')}</Heading2>
      <Paragraph>{t('workshop.card.intro')}</Paragraph>
      <a className="utrecht-button utrecht-button--secondary-action" href={workshopHash({ name: 'workshop' })}>
        {t('workshop.card.link')}
      </a>
    </section>
  );
}
