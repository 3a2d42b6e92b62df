import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { Traject } from '../../../../shared/traject/traject';
import { catalogue } from '../../../../shared/participatie/catalogus/index';
import { generateProcesplaat } from '../../../../shared/procesplaat/generate';
import { layoutProcesplaat } from '../../../../shared/procesplaat/layout';
import { useApi } from '../../api/context';
import { Editor } from './Editor';
import { antwoordenQuery, procesplaatKeys, procesplaatQuery } from './queries';
import { createPlateStore } from './store';
import './procesplaat.css';

/** The "Procesplaat" tab of a traject: make one from the answers, or edit the stored one. */
export function ProcesplaatView({ traject }: { traject: Traject }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const stored = useQuery(procesplaatQuery(api, traject.id));
  const answers = useQuery(antwoordenQuery(api, traject.id));
  const [creating, setCreating] = useState<string | null>(null);
  // Closed for this load only: a new load with repairs shows its own notice.
  const [dismissed, setDismissed] = useState<unknown>(null);

  // One store per loaded revision: a reload after a conflict starts a fresh history.
  const store = useMemo(
    () =>
      stored.data?.plate
        ? createPlateStore(stored.data.plate, { repairedOnLoad: stored.data.repairs.length > 0 })
        : null,
    [stored.data],
  );

  const reload = () => void queryClient.invalidateQueries({ queryKey: procesplaatKeys.detail(traject.id) });

  const create = async (empty: boolean) => {
    setCreating(null);
    try {
      const base = generateProcesplaat(empty ? { phases: {} } : (answers.data?.answers ?? { phases: {} }), {
        catalogue,
      });
      // An empty plate keeps the lanes only: the user draws the process.
      const plate = await layoutProcesplaat(
        empty ? { nodes: base.nodes.filter((n) => n.type === 'fase'), edges: [], generatedIds: [] } : base,
      );
      await api.call('procesplaat.save', {
        trajectId: traject.id,
        plate,
        expectedRevision: stored.data?.revision ?? 0,
      });
      reload();
    } catch (error) {
      setCreating((error as Error).message);
    }
  };

  if (stored.isPending) return <Paragraph>{t('app.loading')}</Paragraph>;
  if (stored.isError)
    return (
      <Alert type="error">
        <Paragraph>{stored.error.message}</Paragraph>
      </Alert>
    );

  if (!stored.data.plate || !store) {
    const phasesWithMix = Object.values(answers.data?.answers.phases ?? {}).filter(
      (p) => p.instruments.length > 0,
    ).length;
    return (
      <section className="samenspel-card pp-empty" aria-labelledby="pp-leeg-kop">
        <Heading2 id="pp-leeg-kop">{t('procesplaat.empty.title')}</Heading2>
        <Paragraph>{t('procesplaat.empty.body')}</Paragraph>
        <Paragraph className="samenspel-meta">{t('procesplaat.empty.mix', { count: phasesWithMix })}</Paragraph>
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={() => void create(false)} disabled={answers.isPending}>
            {t('procesplaat.empty.generate')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => void create(true)}>
            {t('procesplaat.empty.blank')}
          </Button>
        </ButtonGroup>
        {creating && (
          <Alert type="error">
            <Paragraph>{creating}</Paragraph>
          </Alert>
        )}
      </section>
    );
  }

  return (
    <>
      {stored.data.repairs.length > 0 && dismissed !== stored.data && (
        <Alert type="warning">
          <Paragraph>{t('procesplaat.repaired')}</Paragraph>
          <UnorderedList>
            {stored.data.repairs.map((note) => (
              <UnorderedListItem key={`${note.kind}-${note.id}`}>{note.message}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>{t('procesplaat.repairedNext')}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => setDismissed(stored.data)}>
            {t('procesplaat.repairedClose')}
          </Button>
        </Alert>
      )}
      <ReactFlowProvider>
        <Editor
          key={stored.data.revision}
          trajectId={traject.id}
          title={traject.titel}
          store={store}
          revision={stored.data.revision}
          viewport={stored.data.plate.viewport}
          answers={answers.data?.answers}
          onReload={reload}
        />
      </ReactFlowProvider>
    </>
  );
}
