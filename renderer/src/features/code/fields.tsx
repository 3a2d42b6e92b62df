import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';

/**
 * The form controls of the choice flow: native inputs in NL Design System dress, each with its
 * own label, so every choice is reachable and operable by keyboard and named for screen readers.
 */
export interface ChoiceOption<T extends string> {
  id: T;
  label: string;
}

/** One option: its control and its own label, side by side. */
function OptionRow({
  id,
  label,
  type,
  input,
  className,
}: {
  id: string;
  label: string;
  type: 'checkbox' | 'radio';
  input: ReactNode;
  className?: string;
}) {
  return (
    <div className={className ? `samenspel-code-optie ${className}` : 'samenspel-code-optie'}>
      {input}
      <FormLabel htmlFor={id} type={type}>
        {label}
      </FormLabel>
    </div>
  );
}

/** A group of options under one legend; `input` makes the control of one option (with its id). */
function OptionGroup<T extends string>({
  name,
  legend,
  options,
  type,
  input,
}: {
  name: string;
  legend: string;
  options: readonly ChoiceOption<T>[];
  type: 'checkbox' | 'radio';
  input(option: ChoiceOption<T>, id: string): ReactNode;
}) {
  return (
    <Fieldset className="samenspel-code-groep">
      <FieldsetLegend>{legend}</FieldsetLegend>
      <div className="samenspel-code-opties">
        {options.map((o) => {
          const id = `${name}-${o.id}`;
          return <OptionRow key={o.id} id={id} label={o.label} type={type} input={input(o, id)} />;
        })}
      </div>
    </Fieldset>
  );
}

interface GroupProps<T extends string> {
  name: string;
  legend: string;
  options: readonly ChoiceOption<T>[];
}

/** Several options may be chosen (check boxes). */
export function CheckboxGroup<T extends string>({
  value,
  onChange,
  ...group
}: GroupProps<T> & { value: readonly T[]; onChange(next: T[]): void }) {
  return (
    <OptionGroup
      {...group}
      type="checkbox"
      input={(o, id) => (
        <Checkbox
          id={id}
          checked={value.includes(o.id)}
          // The vocabulary's order, whatever order people click in.
          onChange={(e) =>
            onChange(group.options.map((x) => x.id).filter((x) => (x === o.id ? e.target.checked : value.includes(x))))
          }
        />
      )}
    />
  );
}

/** One option is chosen (radio buttons). */
export function RadioGroup<T extends string>({
  value,
  onChange,
  ...group
}: GroupProps<T> & { value: T | undefined; onChange(next: T): void }) {
  return (
    <OptionGroup
      {...group}
      type="radio"
      input={(o, id) => (
        <RadioButton id={id} name={group.name} value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} />
      )}
    />
  );
}

export function YesNo({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: boolean;
  onChange(next: boolean): void;
}) {
  return (
    <OptionRow
      id={id}
      label={label}
      type="checkbox"
      className="samenspel-code-janee"
      input={<Checkbox id={id} checked={value} onChange={(e) => onChange(e.target.checked)} />}
    />
  );
}

/** A whole number; a change is passed on only when it is one (the schema checks the range). */
export function NumberField({
  id,
  label,
  value,
  min,
  max,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange(next: number): void;
}) {
  const [draft, setDraft] = useState(String(value));
  const [touched, setTouched] = useState(value);
  // Undo or a reload changes the value from outside: show it.
  if (touched !== value) {
    setTouched(value);
    setDraft(String(value));
  }
  return (
    <FormField className="samenspel-code-getal">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Textbox
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (/^\d+$/.test(e.target.value)) {
            const n = Number(e.target.value);
            setTouched(n);
            onChange(n);
          }
        }}
      />
    </FormField>
  );
}

export function TextField({
  id,
  label,
  help,
  value,
  onChange,
  maxLength = 1000,
  multiline = false,
}: {
  id: string;
  label: string;
  help?: string;
  value: string;
  onChange(next: string): void;
  maxLength?: number;
  multiline?: boolean;
}) {
  return (
    <FormField className="samenspel-code-tekst">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {help && <FormFieldDescription id={`${id}-uitleg`}>{help}</FormFieldDescription>}
      {multiline ? (
        <textarea
          id={id}
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={2}
          maxLength={maxLength}
          aria-describedby={help ? `${id}-uitleg` : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <Textbox
          id={id}
          maxLength={maxLength}
          aria-describedby={help ? `${id}-uitleg` : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/** An id for an own item from its text: lower case, digits and dashes, unique in the list. */
export function ownItemId(draft: string, existing: readonly string[]): string {
  const base =
    draft
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'eigen';
  let id = base;
  for (let n = 2; existing.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** Own items (exceptions, tasks, cases): a list with remove buttons and a field to add one. */
export function OwnItemList({
  id,
  legend,
  what,
  items,
  onChange,
}: {
  id: string;
  legend: string;
  /** What one item is called ("uitzondering"), for the new-item label. */
  what: string;
  items: readonly { id: string; text: string }[];
  onChange(next: { id: string; text: string }[]): void;
}) {
  const { t } = useTranslation();
  const [newItem, setNewItem] = useState('');
  const addItem = () => {
    const text = newItem.trim();
    if (!text) return;
    onChange([
      ...items,
      {
        id: ownItemId(
          text,
          items.map((i) => i.id),
        ),
        text,
      },
    ]);
    setNewItem('');
  };
  return (
    <Fieldset className="samenspel-code-groep">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {items.length === 0 ? (
        <p className="samenspel-meta">{t('code.own.leeg')}</p>
      ) : (
        <ul className="samenspel-code-eigen">
          {items.map((item) => (
            <li key={item.id}>
              <span>{item.text}</span>
              <button
                type="button"
                className="samenspel-link-button"
                aria-label={t('code.own.weg', { tekst: item.text })}
                onClick={() => onChange(items.filter((i) => i.id !== item.id))}
              >
                {t('code.list.verwijderen')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="samenspel-code-eigen__nieuw">
        <FormField>
          <FormLabel htmlFor={`${id}-nieuw`}>{t('code.own.nieuw', { wat: what })}</FormLabel>
          <Textbox
            id={`${id}-nieuw`}
            maxLength={1000}
            value={newItem}
            onChange={(e) => setNewItem(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addItem();
              }
            }}
          />
        </FormField>
        <Button appearance="secondary-action-button" onClick={addItem}>
          {t('code.own.toevoegen')}
        </Button>
      </div>
    </Fieldset>
  );
}
