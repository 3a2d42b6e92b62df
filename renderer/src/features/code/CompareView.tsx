import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useApi } from '../../api/context';
import { errorMessage } from '../../lib/errorMessage';
import { apiQuery } from '../../api/queries';
import type { CodeRoute } from './route';

/** Two codes side by side, choice by choice, with the differences marked (`codes.compare`). */
export function CompareView({
  a,
  b,
  navigate,
}: {
  a: string | undefined;
  b: string | undefined;
  navigate(route: CodeRoute): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const codes = useQuery(apiQuery(api, 'codes.list', {}));
  const list = codes.data ?? [];
  const [choiceA, setChoiceA] = useState(a ?? '');
  const [choiceB, setChoiceB] = useState(b ?? '');
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const comparison = useQuery({
    ...apiQuery(api, 'codes.compare', { a: a ?? '', b: b ?? '' }),
    enabled: Boolean(a && b),
  });
  const data = comparison.data;
  const groups = data
    ? [...new Set(data.keuzes.map((k) => k.group))].map((group) => ({
        groep: group,
        keuzes: data.keuzes.filter((k) => k.group === group && (!onlyDifferences || k.differs)),
      }))
    : [];

  const picker = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="samenspel-code-kiezer">
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        onChange={(e) => set(e.target.value)}
      >
        <option value="">{t('code.compare.kies')}</option>
        {list.map((c) => (
          <option key={c.id} value={c.id}>
            {c.naam}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="code-vergelijk-kop" className="samenspel-code-vergelijk">
      <Heading2 id="code-vergelijk-kop">{t('code.compare.title')}</Heading2>
      <Paragraph>{t('code.compare.uitleg')}</Paragraph>
      {codes.isSuccess && list.length === 0 && <Paragraph>{t('code.compare.teWeinig')}</Paragraph>}
      <form
        className="samenspel-card samenspel-code-vergelijk__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (choiceA && choiceB) navigate({ name: 'code', compare: { a: choiceA, b: choiceB } });
        }}
      >
        {picker('code-vergelijk-a', t('code.compare.a'), choiceA, setChoiceA)}
        {picker('code-vergelijk-b', t('code.compare.b'), choiceB, setChoiceB)}
        <Button type="submit" appearance="primary-action-button" disabled={!choiceA || !choiceB}>
          {t('code.compare.tonen')}
        </Button>
      </form>
      {comparison.isError && (
        <Alert type="error">
          <Paragraph>{errorMessage(comparison.error)}</Paragraph>
        </Alert>
      )}
      {data && (
        <>
          <p role="status" className="samenspel-code-vergelijk__telling">
            <strong>{t('code.compare.verschillen', { count: data.verschillen })}</strong>
          </p>
          <div className="samenspel-code-optie samenspel-code-janee">
            <input
              id="code-alleen-verschillen"
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={onlyDifferences}
              onChange={(e) => setOnlyDifferences(e.target.checked)}
            />
            <label htmlFor="code-alleen-verschillen" className="utrecht-form-label utrecht-form-label--checkbox">
              {t('code.compare.alleenVerschillen')}
            </label>
          </div>
          {groups
            .filter((g) => g.keuzes.length > 0)
            .map((g) => (
              <table key={g.groep} className="samenspel-code-vergelijking">
                <caption>{g.groep}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('code.compare.keuze')}</th>
                    <th scope="col">
                      {t('code.compare.a')}: {data.a.naam}
                    </th>
                    <th scope="col">
                      {t('code.compare.b')}: {data.b.naam}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {g.keuzes.map((k) => (
                    <tr key={k.id} className={k.differs ? 'samenspel-code-verschil' : undefined}>
                      <th scope="row">
                        {k.label}
                        {k.differs && (
                          <span className="samenspel-code-verschil__merk"> ({t('code.compare.verschilt')})</span>
                        )}
                      </th>
                      <td data-label={t('code.compare.a')}>{k.a}</td>
                      <td data-label={t('code.compare.b')}>{k.b}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
        </>
      )}
    </section>
  );
}
