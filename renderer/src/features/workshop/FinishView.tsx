import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Traject } from '@shared/traject/traject';
import type { WorkshopSession } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { routeHash } from '../../app/route';
import { StatusMessages } from '../../components/StatusMessages';
import { downloadBase64 } from '../../lib/download';

export function FinishView({ sessie }: { sessie: WorkshopSession }) {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [gemaakt, setGemaakt] = useState<Record<string, Traject>>({});

  const rapport = useMutation({
    mutationFn: (formaat: 'docx' | 'markdown' | 'pdf') => api.call('workshop.exportReport', { id: sessie.id, formaat }),
    onSuccess: (bestand) => {
      setFout(null);
      downloadBase64(bestand.base64, bestand.fileName, bestand.mimeType);
      setStatus(t('workshop.afronden.gedownload', { bestand: bestand.fileName }));
    },
    onError: (e) => setFout(e.message),
  });
  const createTraject = useMutation({
    mutationFn: (groepId: string) => api.call('workshop.createTraject', { sessieId: sessie.id, groepId }),
    onSuccess: (traject, groepId) => {
      setFout(null);
      setGemaakt((g) => ({ ...g, [groepId]: traject }));
      setStatus(t('workshop.afronden.trajectGemaakt', { titel: traject.titel }));
    },
    onError: (e) => setFout(e.message),
  });

  return (
    <div className="samenspel-workshop-afronden">
      <StatusMessages status={status} error={fout} />
      <section className="samenspel-card" aria-labelledby="verslag-kop">
        <Heading2 id="verslag-kop">{t('workshop.afronden.verslagKop')}</Heading2>
        <Paragraph>{t('workshop.afronden.verslagUitleg')}</Paragraph>
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            disabled={rapport.isPending}
            onClick={() => rapport.mutate('docx')}
          >
            {t('workshop.afronden.docx')}
          </Button>
          <Button
            appearance="secondary-action-button"
            disabled={rapport.isPending}
            onClick={() => rapport.mutate('markdown')}
          >
            {t('workshop.afronden.markdown')}
          </Button>
          <Button
            appearance="secondary-action-button"
            disabled={rapport.isPending}
            onClick={() => rapport.mutate('pdf')}
          >
            {t('workshop.afronden.pdf')}
          </Button>
        </ButtonGroup>
      </section>
      <section className="samenspel-card" aria-labelledby="vervolg-kop">
        <Heading2 id="vervolg-kop">{t('workshop.afronden.vervolgKop')}</Heading2>
        <Paragraph>{t('workshop.afronden.vervolgUitleg')}</Paragraph>
        <ul className="samenspel-workshop-vervolg">
          {sessie.groepen.map((g) => (
            <li key={g.id}>
              <Button
                appearance="secondary-action-button"
                disabled={createTraject.isPending}
                onClick={() => createTraject.mutate(g.id)}
              >
                {t('workshop.afronden.maakTraject', { groep: g.naam })}
              </Button>
              {gemaakt[g.id] && (
                <a href={routeHash({ name: 'traject', id: gemaakt[g.id]!.id, view: 'vraagstuk' })}>
                  {t('workshop.afronden.openTraject', { titel: gemaakt[g.id]!.titel })}
                </a>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
