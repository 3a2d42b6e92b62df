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
  const lijst = codes.data ?? [];
  const [keuzeA, setKeuzeA] = useState(a ?? '');
  const [keuzeB, setKeuzeB] = useState(b ?? '');
  const [alleenVerschillen, setAlleenVerschillen] = useState(false);
  const vergelijking = useQuery({
    ...apiQuery(api, 'codes.compare', { a: a ?? '', b: b ?? '' }),
    enabled: Boolean(a && b),
  });
  const data = vergelijking.data;
  const groepen = data
    ? [...new Set(data.keuzes.map((k) => k.group))].map((groep) => ({
        groep,
        keuzes: data.keuzes.filter((k) => k.group === groep && (!alleenVerschillen || k.differs)),
      }))
    : [];

  const kiezer = (id: string, label: string, waarde: string, zet: (v: string) => void) => (
    <div className="samenspel-code-kiezer">
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={waarde}
        onChange={(e) => zet(e.target.value)}
      >
        <option value="">{t('code.vergelijk.kies')}</option>
        {lijst.map((c) => (
          <option key={c.id} value={c.id}>
            {c.naam}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="code-vergelijk-kop" className="samenspel-code-vergelijk">
      <Heading2 id="code-vergelijk-kop">{t('code.vergelijk.title')}</Heading2>
      <Paragraph>{t('code.vergelijk.uitleg')}</Paragraph>
      {codes.isSuccess && lijst.length === 0 && <Paragraph>{t('code.vergelijk.teWeinig')}</Paragraph>}
      <form
        className="samenspel-card samenspel-code-vergelijk__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (keuzeA && keuzeB) navigate({ name: 'code', vergelijk: { a: keuzeA, b: keuzeB } });
        }}
      >
        {kiezer('code-vergelijk-a', t('code.vergelijk.a'), keuzeA, setKeuzeA)}
        {kiezer('code-vergelijk-b', t('code.vergelijk.b'), keuzeB, setKeuzeB)}
        <Button type="submit" appearance="primary-action-button" disabled={!keuzeA || !keuzeB}>
          {t('code.vergelijk.tonen')}
        </Button>
      </form>
      {vergelijking.isError && (
        <Alert type="error">
          <Paragraph>{errorMessage(vergelijking.error)}</Paragraph>
        </Alert>
      )}
      {data && (
        <>
          <p role="status" className="samenspel-code-vergelijk__telling">
            <strong>{t('code.vergelijk.verschillen', { count: data.verschillen })}</strong>
          </p>
          <div className="samenspel-code-optie samenspel-code-janee">
            <input
              id="code-alleen-verschillen"
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={alleenVerschillen}
              onChange={(e) => setAlleenVerschillen(e.target.checked)}
            />
            <label htmlFor="code-alleen-verschillen" className="utrecht-form-label utrecht-form-label--checkbox">
              {t('code.vergelijk.alleenVerschillen')}
            </label>
          </div>
          {groepen
            .filter((g) => g.keuzes.length > 0)
            .map((g) => (
              <table key={g.groep} className="samenspel-code-vergelijking">
                <caption>{g.groep}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('code.vergelijk.keuze')}</th>
                    <th scope="col">
                      {t('code.vergelijk.a')}: {data.a.naam}
                    </th>
                    <th scope="col">
                      {t('code.vergelijk.b')}: {data.b.naam}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {g.keuzes.map((k) => (
                    <tr key={k.id} className={k.differs ? 'samenspel-code-verschil' : undefined}>
                      <th scope="row">
                        {k.label}
                        {k.differs && (
                          <span className="samenspel-code-verschil__merk"> ({t('code.vergelijk.verschilt')})</span>
                        )}
                      </th>
                      <td data-label={t('code.vergelijk.a')}>{k.a}</td>
                      <td data-label={t('code.vergelijk.b')}>{k.b}</td>
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
