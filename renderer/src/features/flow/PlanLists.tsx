import { useId, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';
import type { Stakeholder } from '@shared/participatie/plan-details';
import { focusWhenShown } from '../../lib/focus';

/**
 * A text that must not be empty once stored (the schema refuses an empty point). While the user
 * clears it to retype, the draft stays on screen and nothing invalid is saved; leaving it empty
 * removes the point.
 */
function RequiredField({
  id,
  label,
  value,
  maxLength,
  multiline,
  onCommit,
  onEmptyLeave,
}: {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  multiline?: boolean;
  onCommit(text: string): void;
  onEmptyLeave(): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const empty = shown.trim() === '';
  const props = {
    id,
    'aria-label': label,
    value: shown,
    maxLength,
    invalid: empty,
    'aria-describedby': empty ? `${id}-empty` : undefined,
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      if (e.target.value.trim() !== '') onCommit(e.target.value);
    },
    onBlur: (e: FocusEvent) => {
      // To the remove button of the same point: that button removes it (not twice). Elsewhere in
      // the point (the interest of a party): the last stored text comes back.
      const row = e.currentTarget.closest('li');
      const inRow = !!row && e.relatedTarget instanceof Node && row.contains(e.relatedTarget);
      if (draft !== null && draft.trim() === '' && !inRow) onEmptyLeave();
      setDraft(null);
    },
  };
  return (
    <div className="samenspel-plan-list__field">
      {multiline ? <Textarea rows={2} {...props} /> : <Textbox {...props} />}
      {empty && (
        <p id={`${id}-empty`} className="samenspel-plan__message">
          {t('flow.plan.emptyItem')}
        </p>
      )}
    </div>
  );
}

export interface TextListLabels {
  item(n: number): string;
  remove(n: number): string;
  newItem: string;
  add: string;
}

/**
 * A list of short texts (wegingskader, beslispunten, extra parts of the verslag): each point
 * edited in place with its own remove button, a field below to add one (Enter adds).
 */
export function TextList({
  id,
  items,
  labels,
  describedBy,
  maxLength,
  ordered,
  onChange,
}: {
  id: string;
  items: readonly string[];
  labels: TextListLabels;
  describedBy?: string;
  maxLength: number;
  ordered?: boolean;
  onChange(items: string[], mergeKey?: string): void;
}) {
  const { t } = useTranslation();
  const [newItem, setNewItem] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const List = ordered ? 'ol' : 'ul';

  const add = () => {
    const text = newItem.trim();
    if (text === '') return;
    onChange([...items, text]);
    setNewItem('');
    setAnnouncement(`${t('flow.plan.itemAdded')} ${labels.item(items.length + 1)}`);
    focusWhenShown(`#${id}-new`);
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    setAnnouncement(`${labels.item(index + 1)}: ${t('flow.plan.itemRemoved')}`);
    // Focus stays in the list: on the point that moved up, else on the field to add one.
    focusWhenShown(index < items.length - 1 ? `#${id}-${index}` : `#${id}-new`);
  };

  return (
    <div className="samenspel-plan-list">
      {items.length > 0 && (
        <List className="samenspel-plan-list__items">
          {items.map((item, index) => (
            // Points have no id of their own; the index is stable while one is edited in place.
            <li key={index}>
              <RequiredField
                id={`${id}-${index}`}
                label={labels.item(index + 1)}
                value={item}
                maxLength={maxLength}
                multiline
                onCommit={(text) =>
                  onChange(
                    items.map((x, i) => (i === index ? text : x)),
                    `${id}-${index}`,
                  )
                }
                onEmptyLeave={() => onChange(items.filter((_, i) => i !== index))}
              />
              <Button appearance="subtle-button" onClick={() => remove(index)}>
                {labels.remove(index + 1)}
              </Button>
            </li>
          ))}
        </List>
      )}
      <div className="samenspel-plan-list__new">
        <FormField>
          <FormLabel htmlFor={`${id}-new`}>{labels.newItem}</FormLabel>
          <Textbox
            id={`${id}-new`}
            value={newItem}
            maxLength={maxLength}
            aria-describedby={describedBy}
            onChange={(e) => setNewItem(e.target.value)}
            onKeyDown={(e: KeyboardEvent) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </FormField>
        <Button appearance="secondary-action-button" onClick={add}>
          {labels.add}
        </Button>
      </div>
      <p role="status" className="samenspel-visually-hidden">
        {announcement}
      </p>
    </div>
  );
}

/** Named parties with their interest. A party needs a name; its interest may follow later. */
export function PartiesList({
  items,
  onChange,
}: {
  items: readonly Stakeholder[];
  onChange(items: Stakeholder[], mergeKey?: string): void;
}) {
  const { t } = useTranslation();
  const id = 'plan-party';
  const [party, setParty] = useState('');
  const [interest, setInterest] = useState('');
  const [hasError, setHasError] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const errorId = useId();

  const add = () => {
    const name = party.trim();
    if (name === '') {
      setHasError(true);
      focusWhenShown(`#${id}-new`);
      return;
    }
    onChange([...items, { partij: name, belang: interest.trim() }]);
    setParty('');
    setInterest('');
    setHasError(false);
    setAnnouncement(t('flow.plan.partyAdded', { party: name }));
    focusWhenShown(`#${id}-new`);
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    setAnnouncement(t('flow.plan.partyRemoved', { n: index + 1 }));
    focusWhenShown(index < items.length - 1 ? `#${id}-${index}` : `#${id}-new`);
  };
  const enter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };

  return (
    <div className="samenspel-plan-list">
      {items.length === 0 ? (
        <p className="samenspel-hint">{t('flow.plan.partiesEmpty')}</p>
      ) : (
        <ul className="samenspel-plan-list__items samenspel-plan-list__parties">
          {items.map((s, index) => (
            <li key={index}>
              <div className="samenspel-plan-list__pair">
                <RequiredField
                  id={`${id}-${index}`}
                  label={t('flow.plan.party', { n: index + 1 })}
                  value={s.partij}
                  maxLength={200}
                  onCommit={(text) =>
                    onChange(
                      items.map((x, i) => (i === index ? { ...x, partij: text } : x)),
                      `${id}-${index}`,
                    )
                  }
                  onEmptyLeave={() => onChange(items.filter((_, i) => i !== index))}
                />
                <Textarea
                  id={`${id}-${index}-interest`}
                  aria-label={t('flow.plan.interest', { n: index + 1 })}
                  rows={2}
                  maxLength={1000}
                  value={s.belang}
                  onChange={(e) =>
                    onChange(
                      items.map((x, i) => (i === index ? { ...x, belang: e.target.value } : x)),
                      `${id}-${index}-interest`,
                    )
                  }
                />
              </div>
              <Button appearance="subtle-button" onClick={() => remove(index)}>
                {t('flow.plan.removeParty', { n: index + 1 })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="samenspel-plan-list__new samenspel-plan-list__new--party">
        <FormField invalid={hasError}>
          <FormLabel htmlFor={`${id}-new`}>{t('flow.plan.newParty')}</FormLabel>
          <Textbox
            id={`${id}-new`}
            value={party}
            maxLength={200}
            invalid={hasError}
            aria-describedby={hasError ? errorId : undefined}
            onChange={(e) => {
              setParty(e.target.value);
              if (e.target.value.trim()) setHasError(false);
            }}
            onKeyDown={enter}
          />
          {hasError && (
            <p id={errorId} className="samenspel-plan__message">
              {t('flow.plan.partyNameRequired')}
            </p>
          )}
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-new-interest`}>{t('flow.plan.newInterest')}</FormLabel>
          <Textbox
            id={`${id}-new-interest`}
            value={interest}
            maxLength={1000}
            onChange={(e) => setInterest(e.target.value)}
            onKeyDown={enter}
          />
        </FormField>
        <Button appearance="secondary-action-button" onClick={add}>
          {t('flow.plan.addParty')}
        </Button>
      </div>
      <p role="status" className="samenspel-visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
