import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { FormField, FormLabel, Heading2, Textbox } from '@utrecht/component-library-react';
import { edgeTypeLabels } from '@shared/procesplaat/labels';
import { EDGE_TYPES, PlateEdge } from '@shared/procesplaat/model';
import { useEffect, useRef } from 'react';

const EdgeForm = PlateEdge.pick({ type: true, label: true });
type EdgeValues = z.output<typeof EdgeForm>;

/** Kind and label of one arrow. */
export function EdgePanel({ edge, onChange }: { edge: PlateEdge; onChange(patch: EdgeValues): void }) {
  const { t } = useTranslation();
  const { register, watch } = useForm<z.input<typeof EdgeForm>, unknown, EdgeValues>({
    defaultValues: { type: edge.type, label: edge.label },
    resolver: zodResolver(EdgeForm),
    mode: 'onChange',
  });
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(() => {
    const sub = watch((values) => {
      const parsed = EdgeForm.safeParse(values);
      if (parsed.success) onChangeRef.current(parsed.data);
    });
    return () => sub.unsubscribe();
  }, [watch]);
  return (
    <form className="pp-panel" aria-labelledby="pp-edge-heading" onSubmit={(e) => e.preventDefault()}>
      <Heading2 id="pp-edge-heading">{t('procesplaat.edge.title')}</Heading2>
      <FormField>
        <FormLabel htmlFor="pp-edge-type">{t('procesplaat.edge.type')}</FormLabel>
        <select id="pp-edge-type" className="utrecht-select utrecht-select--html-select" {...register('type')}>
          {EDGE_TYPES.map((type) => (
            <option key={type} value={type}>
              {edgeTypeLabels[type]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="pp-edge-label">{t('procesplaat.edge.label')}</FormLabel>
        <Textbox id="pp-edge-label" {...register('label')} />
      </FormField>
    </form>
  );
}
