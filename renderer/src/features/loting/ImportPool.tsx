import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { formatDecimal } from '@shared/format';
import type { Table } from '@shared/loting/csv';
import type { ColumnRole } from '@shared/loting/model';
import { controlCharacterCells } from '@shared/loting/validation';
import { useApi } from '../../api/context';
import { StatusMessages } from '../../components/StatusMessages';
import { leesBestand, maxVerzendBytes } from './files';
import { FileField } from './FileField';
import { invalidateMethods } from '../../api/queries';

const rollen: ColumnRole[] = ['kenmerk', 'id', 'huishouden', 'meenemen', 'negeren'];

/** A first guess per column; the user checks it. Names, e-mail and phone are not kept by default. */
function raadRol(naam: string, waarden: string[]): ColumnRole {
  const n = naam.toLowerCase();
  if (/^(id|nr|nummer|respondent)/.test(n)) return 'id';
  if (/huishoud|adres|household|address/.test(n)) return 'huishouden';
  if (/naam|name|mail|telefoon|phone|straat/.test(n)) return 'negeren';
  return new Set(waarden).size <= 30 ? 'kenmerk' : 'negeren';
}

export function ImportPool({ onOpgeslagen }: { onOpgeslagen(id: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [tabel, setTabel] = useState<Table | null>(null);
  const [bestandsnaam, setBestandsnaam] = useState('');
  const [naam, setNaam] = useState('');
  const [rolVan, setRolVan] = useState<ColumnRole[]>([]);
  const [fout, setFout] = useState<string | null>(null);
  const [waarschuwingen, setWaarschuwingen] = useState<string[]>([]);

  const kies = async (file: File | undefined) => {
    setFout(null);
    setTabel(null);
    if (!file) return;
    const r = await leesBestand(file);
    if (!r.ok) return setFout(r.fout);
    setTabel(r.waarde);
    setWaarschuwingen(r.waarschuwingen);
    setBestandsnaam(file.name);
    setNaam((oud) => oud || file.name.replace(/\.(csv|xlsx|txt)$/i, ''));
    setRolVan(
      r.waarde.kolommen.map((k, i) =>
        raadRol(
          k,
          r.waarde.rijen.slice(0, 500).map((rij) => rij[i]!),
        ),
      ),
    );
  };

  const opslaan = useMutation({
    mutationFn: async () => {
      if (!tabel) throw new Error(t('loting.import.geenKenmerk'));
      if (!rolVan.includes('kenmerk')) throw new Error(t('loting.import.geenKenmerk'));
      const bewaar = rolVan.flatMap((rol, i) => (rol === 'negeren' ? [] : [i]));
      const body = {
        naam: naam.trim() || bestandsnaam,
        kolommen: bewaar.map((i) => ({ naam: tabel.kolommen[i]!, rol: rolVan[i]! })),
        rijen: tabel.rijen.map((rij) => bewaar.map((i) => rij[i] ?? '')),
      };
      // The same check as the API's, before sending: the message names the row and the column.
      const stuurtekens = controlCharacterCells(body.kolommen, body.rijen);
      if (stuurtekens.length > 0) throw new Error(stuurtekens.map((c) => c.tekst).join(' '));
      const grootte = new Blob([JSON.stringify(body)]).size;
      if (grootte > maxVerzendBytes)
        throw new Error(t('loting.import.teGroot', { mb: formatDecimal(grootte / 1e6, 1) }));
      return api.call('loting.pools.create', body);
    },
    onSuccess: async (pool) => {
      await invalidateMethods(queryClient, 'loting.pools.list', 'loting.pools.get');
      onOpgeslagen(pool.id);
    },
  });

  return (
    <section className="samenspel-card" aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`}>{t('loting.import.titel')}</Heading2>
      <FileField
        id={`${id}-bestand`}
        label={t('loting.import.bestand')}
        uitleg={t('loting.import.bestandHelp')}
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onKies={(bestand) => void kies(bestand)}
      />
      <StatusMessages
        status={
          tabel
            ? t('loting.import.gelezen', {
                aantal: tabel.rijen.length,
                kolommen: tabel.kolommen.length,
                bestand: bestandsnaam,
              })
            : ''
        }
        error={fout ?? opslaan.error?.message}
      />
      {waarschuwingen.map((w) => (
        <Alert key={w} type="warning">
          <Paragraph>{w}</Paragraph>
        </Alert>
      ))}
      {tabel && (
        <>
          <FormField>
            <FormLabel htmlFor={`${id}-naam`}>{t('loting.import.naam')}</FormLabel>
            <FormFieldDescription id={`${id}-naam-help`}>{t('loting.import.naamHelp')}</FormFieldDescription>
            <Textbox
              id={`${id}-naam`}
              aria-describedby={`${id}-naam-help`}
              value={naam}
              onChange={(e) => setNaam(e.target.value)}
            />
          </FormField>
          <Heading3>{t('loting.import.kolommen')}</Heading3>
          <Paragraph>{t('loting.import.kolommenHelp')}</Paragraph>
          <div className="samenspel-loting__kolommen">
            {tabel.kolommen.map((kolom, i) => (
              <div key={kolom} className="samenspel-loting__kolom">
                <FormLabel htmlFor={`${id}-rol-${i}`}>{kolom}</FormLabel>
                <p className="samenspel-loting__voorbeeld" id={`${id}-vb-${i}`}>
                  {t('loting.import.voorbeeld', {
                    waarden: [...new Set(tabel.rijen.slice(0, 50).map((r) => r[i]))].slice(0, 4).join(', '),
                  })}
                </p>
                <select
                  id={`${id}-rol-${i}`}
                  className="utrecht-select utrecht-select--html-select"
                  aria-describedby={`${id}-vb-${i}`}
                  value={rolVan[i]}
                  onChange={(e) =>
                    setRolVan((oud) => oud.map((r, j) => (j === i ? (e.target.value as ColumnRole) : r)))
                  }
                >
                  {rollen.map((rol) => (
                    <option key={rol} value={rol}>
                      {t(`loting.import.rol.${rol}`)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <Paragraph>{t('loting.privacy')}</Paragraph>
          <Button appearance="primary-action-button" busy={opslaan.isPending} onClick={() => opslaan.mutate()}>
            {t('loting.import.opslaan')}
          </Button>
        </>
      )}
    </section>
  );
}
