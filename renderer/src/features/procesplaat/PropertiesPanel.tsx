import { memo, useEffect, useRef } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import {
  councilRoleLabels,
  groupLabels,
  levelLabels,
  phaseLabels,
  reachLabels,
  roomLabels,
} from '@shared/participatie/labels';
import { COUNCIL_ROLES, GROUPS, LEVELS, PHASES, REACHES, ROOMS } from '@shared/participatie/vocabulary';
import { nodeTypeLabels, raadsmomentLabels } from '@shared/procesplaat/labels';
import { NODE_DATA, RAADSMOMENT_KINDS, type PlateNode } from '@shared/procesplaat/model';

type Values = Record<string, unknown>;

const OPTIONAL_CHOICES = new Set(['level', 'reach', 'room', 'phase', 'instrument']);
const MULTI = new Set(['groups', 'councilRoles']);

/** Form values → data: an empty select means "not chosen", no ticked box means an empty list. */
function clean(values: Values): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || (value === '' && OPTIONAL_CHOICES.has(key))) continue;
    out[key] = MULTI.has(key) ? (Array.isArray(value) ? value : value ? [value] : []) : value;
  }
  return out;
}

/** The node type's own zod schema decides what is valid; errors come back in its Dutch words. */
function resolverFor(type: PlateNode['type']): Resolver<Values> {
  return (values) => {
    const parsed = NODE_DATA[type].safeParse(clean(values));
    if (parsed.success) return { values: parsed.data as Values, errors: {} };
    const errors: FieldErrors<Values> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'title');
      errors[key] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors };
  };
}

export interface PropertiesPanelProps {
  node: PlateNode;
  onChange(data: PlateNode['data']): void;
}

/**
 * Edits one node's data; every valid change is applied at once (undo groups a burst of typing).
 * Only the node's data and kind show here: moving the node (a drop) does not render the form again.
 */
export const PropertiesPanel = memo(
  PropertiesPanelView,
  (prev, next) =>
    prev.onChange === next.onChange &&
    prev.node.id === next.node.id &&
    prev.node.type === next.node.type &&
    prev.node.data === next.node.data,
);

function PropertiesPanelView({ node, onChange }: PropertiesPanelProps) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    defaultValues: node.data as Values,
    resolver: resolverFor(node.type),
    mode: 'onChange',
  });
  const { register, watch, reset, formState } = form;
  const committed = useRef<unknown>(node.data);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // Undo/redo changes the data from outside: show it, unless it is what we just sent ourselves.
  useEffect(() => {
    if (node.data !== committed.current) {
      committed.current = node.data;
      reset(node.data as Values);
    }
  }, [node.data, reset]);

  useEffect(() => {
    const sub = watch((values) => {
      const parsed = NODE_DATA[node.type].safeParse(clean(values as Values));
      if (!parsed.success) return;
      committed.current = parsed.data;
      onChangeRef.current(parsed.data as PlateNode['data']);
    });
    return () => sub.unsubscribe();
  }, [watch, node.type]);

  const id = (field: string) => `pp-${field}`;
  const error = (field: string) => {
    const message = formState.errors[field]?.message;
    return typeof message === 'string' ? (
      <FormFieldErrorMessage id={`${id(field)}-error`}>{message}</FormFieldErrorMessage>
    ) : null;
  };
  const text = (field: string, label: string, multiline = false) => (
    <FormField invalid={Boolean(formState.errors[field])}>
      <FormLabel htmlFor={id(field)}>{label}</FormLabel>
      {error(field)}
      {multiline ? (
        <Textarea id={id(field)} rows={3} {...register(field)} />
      ) : (
        <Textbox
          id={id(field)}
          {...register(field)}
          aria-describedby={formState.errors[field] ? `${id(field)}-error` : undefined}
        />
      )}
    </FormField>
  );
  const date = (field: string, label: string) => (
    <FormField invalid={Boolean(formState.errors[field])}>
      <FormLabel htmlFor={id(field)}>{label}</FormLabel>
      {error(field)}
      <Textbox id={id(field)} type="date" {...register(field)} />
    </FormField>
  );
  const select = (field: string, label: string, options: ReadonlyArray<readonly [string, string]>, empty?: string) => (
    <FormField>
      <FormLabel htmlFor={id(field)}>{label}</FormLabel>
      <select id={id(field)} className="utrecht-select utrecht-select--html-select" {...register(field)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FormField>
  );
  const checks = (field: string, legend: string, options: ReadonlyArray<readonly [string, string]>) => (
    <fieldset className="pp-fieldset">
      <legend>{legend}</legend>
      {options.map(([value, text]) => (
        <label key={value} className="pp-check">
          <input type="checkbox" value={value} {...register(field)} /> {text}
        </label>
      ))}
    </fieldset>
  );
  const none = t('procesplaat.panel.none');
  const phaseOptions = PHASES.map((p) => [p, phaseLabels[p].label] as const);

  return (
    <form className="pp-panel" aria-labelledby="pp-panel-heading" onSubmit={(e) => e.preventDefault()}>
      <Heading2 id="pp-panel-heading">
        {t('procesplaat.panel.heading', { kind: nodeTypeLabels[node.type].label })}
      </Heading2>
      {text('title', t('procesplaat.panel.title'))}
      {node.type === 'fase' &&
        select(
          'room',
          t('procesplaat.panel.room'),
          ROOMS.map((r) => [r, roomLabels[r].label] as const),
          none,
        )}
      {node.type !== 'fase' && select('phase', t('procesplaat.panel.phase'), phaseOptions, none)}
      {node.type === 'raadsmoment' && (
        <>
          {select(
            'moment',
            t('procesplaat.panel.moment'),
            RAADSMOMENT_KINDS.map((m) => [m, raadsmomentLabels[m]] as const),
          )}
          {checks(
            'councilRoles',
            t('procesplaat.panel.councilRoles'),
            COUNCIL_ROLES.map((r) => [r, councilRoleLabels[r].label] as const),
          )}
        </>
      )}
      {node.type === 'activiteit' && (
        <>
          {select(
            'level',
            t('procesplaat.panel.level'),
            LEVELS.map((l) => [l, levelLabels[l].label] as const),
            none,
          )}
          {select(
            'reach',
            t('procesplaat.panel.reach'),
            REACHES.map((r) => [r, reachLabels[r].label] as const),
            none,
          )}
          {checks(
            'groups',
            t('procesplaat.panel.groups'),
            GROUPS.map((g) => [g, groupLabels[g].label] as const),
          )}
          {date('start', t('procesplaat.panel.start'))}
          {date('end', t('procesplaat.panel.end'))}
          {text('owner', t('procesplaat.panel.owner'))}
        </>
      )}
      {node.type === 'terugkoppeling' && (
        <>
          {text('whatWasDone', t('procesplaat.panel.whatWasDone'), true)}
          {text('channel', t('procesplaat.panel.channel'))}
        </>
      )}
      {node.type === 'communicatie' && (
        <>
          {text('audience', t('procesplaat.panel.audience'))}
          {text('channel', t('procesplaat.panel.channel'))}
        </>
      )}
      {node.type === 'evaluatie' && text('question', t('procesplaat.panel.question'), true)}
      {node.type !== 'fase' && node.type !== 'activiteit' && date('date', t('procesplaat.panel.date'))}
      {text('description', t('procesplaat.panel.description'), true)}
    </form>
  );
}
