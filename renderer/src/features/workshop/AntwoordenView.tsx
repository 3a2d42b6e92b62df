import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import type { WorkshopSessie, WorkshopVraag } from '../../../../shared/workshop/index';
import { useApi } from '../../api/context';
import { useAutosave } from '../../lib/useAutosave';
import { GroepKeuzeForm } from './GroepKeuzeForm';
import { workshopKeys } from './queries';

/**
 * Capturing answers: one group at a time, large fields, saved while typing. Made so a group can
 * sit at the laptop itself, or the trainer types during the round.
 */
export function AntwoordenView({ sessie }: { sessie: WorkshopSessie }) {
  const { t } = useTranslation();
  const [groepId, setGroepId] = useState(sessie.groepen[0]!.id);
  const groep = sessie.groepen.find((g) => g.id === groepId) ?? sessie.groepen[0]!;
  return (
    <div className="samenspel-workshop-antwoorden">
      <div role="group" aria-label={t('workshop.antwoorden.kiesGroep')} className="samenspel-workshop-groepkiezer">
        {sessie.groepen.map((g) => {
          const aantal = sessie.vragen.filter((v) => sessie.antwoorden[g.id]?.[v.id]?.trim()).length;
          return (
            <button key={g.id} type="button" aria-pressed={g.id === groep.id} onClick={() => setGroepId(g.id)}>
              <span>{g.naam}</span>
              <span className="samenspel-workshop-groepkiezer__telling">
                {t('workshop.antwoorden.telling', { aantal, totaal: sessie.vragen.length })}
              </span>
            </button>
          );
        })}
      </div>
      <section className="samenspel-card" aria-labelledby="antwoorden-kop">
        <Heading2 id="antwoorden-kop">{t('workshop.antwoorden.kop', { groep: groep.naam })}</Heading2>
        <Paragraph className="samenspel-meta">{t('workshop.antwoorden.uitleg')}</Paragraph>
        {sessie.vragen.map((vraag, i) => (
          <AntwoordVeld
            key={`${groep.id}:${vraag.id}`}
            sessieId={sessie.id}
            groepId={groep.id}
            groepNaam={groep.naam}
            vraag={vraag}
            nummer={i + 1}
            beginwaarde={sessie.antwoorden[groep.id]?.[vraag.id] ?? ''}
          />
        ))}
      </section>
      {sessie.toonAdvies && <GroepKeuzeForm key={groep.id} sessieId={sessie.id} groep={groep} />}
    </div>
  );
}

interface AntwoordVeldProps {
  sessieId: string;
  groepId: string;
  groepNaam: string;
  vraag: WorkshopVraag;
  nummer: number;
  beginwaarde: string;
}

function AntwoordVeld({ sessieId, groepId, groepNaam, vraag, nummer, beginwaarde }: AntwoordVeldProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [tekst, setTekst] = useState(beginwaarde);
  const { state, error } = useAutosave(tekst, async (waarde) => {
    await api.call('workshop.saveAntwoord', { sessieId, groepId, vraagId: vraag.id, tekst: waarde });
    // Only this one answer changes in the cache: refetching would overwrite fields still being typed in.
    queryClient.setQueryData(workshopKeys.detail(sessieId), (oud: WorkshopSessie | undefined) =>
      oud
        ? { ...oud, antwoorden: { ...oud.antwoorden, [groepId]: { ...oud.antwoorden[groepId], [vraag.id]: waarde } } }
        : oud,
    );
  });
  return (
    <FormField className="samenspel-workshop-antwoord">
      <FormLabel htmlFor={`${id}-veld`}>
        {nummer}. {vraag.titel}
        <span className="samenspel-visually-hidden"> ({groepNaam})</span>
      </FormLabel>
      {vraag.toelichting && <FormFieldDescription id={`${id}-help`}>{vraag.toelichting}</FormFieldDescription>}
      <Textarea
        id={`${id}-veld`}
        rows={5}
        value={tekst}
        aria-describedby={vraag.toelichting ? `${id}-help ${id}-status` : `${id}-status`}
        onChange={(e) => setTekst(e.target.value)}
      />
      <p id={`${id}-status`} className="samenspel-status" aria-live="polite">
        {state === 'error' ? (
          <span className="samenspel-error">{error}</span>
        ) : state === 'saved' ? (
          t('workshop.antwoorden.opgeslagen')
        ) : state === 'idle' ? (
          ''
        ) : (
          t('workshop.antwoorden.bezig')
        )}
      </p>
    </FormField>
  );
}
