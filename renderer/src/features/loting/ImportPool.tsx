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
import { readUpload, maxSendBytes } from './files';
import { FileField } from './FileField';
import { invalidateMethods } from '../../api/queries';

const roles: ColumnRole[] = ['feature', 'id', 'household', 'keep', 'ignore'];

/** A first guess per column; the user checks it. Names, e-mail and phone are not kept by default. */
function guessRole(name: string, values: string[]): ColumnRole {
  const n = name.toLowerCase();
  if (/^(id|nr|nummer|respondent)/.test(n)) return 'id';
  if (/huishoud|adres|household|address/.test(n)) return 'household';
  if (/naam|name|mail|telefoon|phone|straat/.test(n)) return 'ignore';
  return new Set(values).size <= 30 ? 'feature' : 'ignore';
}

export function ImportPool({ onSaved }: { onSaved(id: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [table, setTable] = useState<Table | null>(null);
  const [fileName, setFileName] = useState('');
  const [name, setName] = useState('');
  const [roleOf, setRoleOf] = useState<ColumnRole[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);

  const choose = async (file: File | undefined) => {
    setError(null);
    setTable(null);
    if (!file) return;
    const r = await readUpload(file);
    if (!r.ok) return setError(r.error);
    setTable(r.value);
    setWarnings(r.warnings);
    setFileName(file.name);
    setName((old) => old || file.name.replace(/\.(csv|xlsx|txt)$/i, ''));
    setRoleOf(
      r.value.columns.map((k, i) =>
        guessRole(
          k,
          r.value.rows.slice(0, 500).map((row) => row[i]!),
        ),
      ),
    );
  };

  const save = useMutation({
    mutationFn: async () => {
      if (!table) throw new Error(t('loting.import.noFeature'));
      if (!roleOf.includes('feature')) throw new Error(t('loting.import.noFeature'));
      const store = roleOf.flatMap((role, i) => (role === 'ignore' ? [] : [i]));
      const body = {
        name: name.trim() || fileName,
        columns: store.map((i) => ({ name: table.columns[i]!, role: roleOf[i]! })),
        rows: table.rows.map((row) => store.map((i) => row[i] ?? '')),
      };
      // The same check as the API's, before sending: the message names the row and the column.
      const controlCharacters = controlCharacterCells(body.columns, body.rows);
      if (controlCharacters.length > 0) throw new Error(controlCharacters.map((c) => c.text).join(' '));
      const size = new Blob([JSON.stringify(body)]).size;
      if (size > maxSendBytes) throw new Error(t('loting.import.tooLarge', { mb: formatDecimal(size / 1e6, 1) }));
      return api.call('loting.pools.create', body);
    },
    onSuccess: async (pool) => {
      await invalidateMethods(queryClient, 'loting.pools.list', 'loting.pools.get');
      onSaved(pool.id);
    },
  });

  return (
    <section className="samenspel-card" aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`}>{t('loting.import.title')}</Heading2>
      <FileField
        id={`${id}-file`}
        label={t('loting.import.file')}
        explanation={t('loting.import.fileHelp')}
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChoose={(file) => void choose(file)}
      />
      <StatusMessages
        status={
          table
            ? t('loting.import.read', {
                count: table.rows.length,
                columns: table.columns.length,
                file: fileName,
              })
            : ''
        }
        error={error ?? save.error?.message}
      />
      {warnings.map((w) => (
        <Alert key={w} type="warning">
          <Paragraph>{w}</Paragraph>
        </Alert>
      ))}
      {table && (
        <>
          <FormField>
            <FormLabel htmlFor={`${id}-name`}>{t('loting.import.name')}</FormLabel>
            <FormFieldDescription id={`${id}-name-help`}>{t('loting.import.nameHelp')}</FormFieldDescription>
            <Textbox
              id={`${id}-name`}
              aria-describedby={`${id}-name-help`}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </FormField>
          <Heading3>{t('loting.import.columns')}</Heading3>
          <Paragraph>{t('loting.import.columnsHelp')}</Paragraph>
          <div className="samenspel-loting__columns">
            {table.columns.map((column, i) => (
              <div key={column} className="samenspel-loting__column">
                <FormLabel htmlFor={`${id}-role-${i}`}>{column}</FormLabel>
                <p className="samenspel-loting__example" id={`${id}-example-${i}`}>
                  {t('loting.import.example', {
                    values: [...new Set(table.rows.slice(0, 50).map((r) => r[i]))].slice(0, 4).join(', '),
                  })}
                </p>
                <select
                  id={`${id}-role-${i}`}
                  className="utrecht-select utrecht-select--html-select"
                  aria-describedby={`${id}-example-${i}`}
                  value={roleOf[i]}
                  onChange={(e) =>
                    setRoleOf((old) => old.map((r, j) => (j === i ? (e.target.value as ColumnRole) : r)))
                  }
                >
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {t(`loting.import.role.${role}`)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <Paragraph>{t('loting.privacy')}</Paragraph>
          <Button appearance="primary-action-button" busy={save.isPending} onClick={() => save.mutate()}>
            {t('loting.import.save')}
          </Button>
        </>
      )}
    </section>
  );
}
