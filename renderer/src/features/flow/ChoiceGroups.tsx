import type { ReactNode } from 'react';
import { Checkbox, Fieldset, FieldsetLegend, FormLabel, RadioButton } from '@utrecht/component-library-react';

export interface Choice<T extends string> {
  id: T;
  label: string;
  explanation?: string;
}

interface GroupProps<T extends string> {
  /** Unique within the page: used for input ids and the radio name. */
  name: string;
  legend: ReactNode;
  choices: readonly Choice<T>[];
  describedBy?: string;
  columns?: boolean;
}

function ChoiceRow<T extends string>({
  name,
  choice,
  input,
  type,
}: {
  name: string;
  choice: Choice<T>;
  input: ReactNode;
  type: 'checkbox' | 'radio';
}) {
  return (
    <div className="samenspel-choice">
      {input}
      <div>
        <FormLabel htmlFor={`${name}-${choice.id}`} type={type}>
          {choice.label}
        </FormLabel>
        {choice.explanation && (
          <span id={`${name}-${choice.id}-explanation`} className="samenspel-choice__explanation">
            {choice.explanation}
          </span>
        )}
      </div>
    </div>
  );
}

/** Several answers allowed (goals, groups, council roles). */
export function CheckboxGroup<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
  describedBy,
  columns,
}: GroupProps<T> & { value: readonly T[]; onChange(next: T[]): void }) {
  return (
    <Fieldset aria-describedby={describedBy}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <div className={columns ? 'samenspel-choices samenspel-choices--columns' : 'samenspel-choices'}>
        {choices.map((choice) => (
          <ChoiceRow
            key={choice.id}
            name={name}
            choice={choice}
            type="checkbox"
            input={
              <Checkbox
                id={`${name}-${choice.id}`}
                checked={value.includes(choice.id)}
                aria-describedby={choice.explanation ? `${name}-${choice.id}-explanation` : undefined}
                // Keep the vocabulary's order, whatever order people click in.
                onChange={(e) =>
                  onChange(
                    choices.map((c) => c.id).filter((id) => (id === choice.id ? e.target.checked : value.includes(id))),
                  )
                }
              />
            }
          />
        ))}
      </div>
    </Fieldset>
  );
}

/** One answer (room, reach). */
export function RadioGroup<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
  describedBy,
  columns,
}: GroupProps<T> & { value: T | undefined; onChange(next: T): void }) {
  return (
    <Fieldset aria-describedby={describedBy}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <div className={columns ? 'samenspel-choices samenspel-choices--columns' : 'samenspel-choices'}>
        {choices.map((choice) => (
          <ChoiceRow
            key={choice.id}
            name={name}
            choice={choice}
            type="radio"
            input={
              <RadioButton
                id={`${name}-${choice.id}`}
                name={name}
                value={choice.id}
                checked={value === choice.id}
                aria-describedby={choice.explanation ? `${name}-${choice.id}-explanation` : undefined}
                onChange={() => onChange(choice.id)}
              />
            }
          />
        ))}
      </div>
    </Fieldset>
  );
}
