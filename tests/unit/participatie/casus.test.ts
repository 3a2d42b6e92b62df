import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casusSchemaText, schemaPath } from '../../../main/cli/generate-schema';
import { TrajectAnswers, formatZodIssues, parseCasus, exampleCasussen } from '../../../shared/participatie/index';

const valid = JSON.stringify(exampleCasussen['aardgasvrij-de-horst']);
// The tests write deliberately ill-typed casus files, so the parsed JSON is untyped on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const withChange = (change: (c: Record<string, any>) => void) => {
  const c = JSON.parse(valid);
  change(c);
  return JSON.stringify(c);
};
const errorsOf = (text: string) => {
  const r = parseCasus(text);
  if (r.ok) throw new Error('expected invalid');
  return r.errors;
};

describe('casus file format', () => {
  it('the committed casus.schema.json equals the one generated from the zod schema', () => {
    // Compared as JSON, not as text, so running prettier over the repo cannot break it.
    // On failure: node --import tsx main/cli/generate-schema.ts
    expect(JSON.parse(readFileSync(schemaPath, 'utf8'))).toEqual(JSON.parse(casusSchemaText()));
  });

  it('has five example casussen that all parse', () => {
    expect(Object.keys(exampleCasussen)).toHaveLength(5);
    for (const c of Object.values(exampleCasussen)) expect(c.formatVersion).toBe(1);
  });

  it('accepts a half-filled phase (only a goal)', () => {
    const r = parseCasus(
      JSON.stringify({
        formatVersion: 1,
        titel: 't',
        gemeente: 'g',
        vraagstuk: 'v',
        answers: { phases: { agendering: { goals: ['draagvlak'] } } },
      }),
    );
    expect(r.ok && r.value.answers.phases.agendering).toMatchObject({
      goals: ['draagvlak'],
      groups: [],
      instruments: [],
    });
  });

  it('reports invalid JSON in Dutch', () => {
    expect(errorsOf('{ "formatVersion": 1,')[0]).toMatch(/^Het bestand is geen geldige JSON/);
  });

  it('names the field and the expectation for a wrong formatVersion', () => {
    expect(errorsOf(withChange((c) => (c.formatVersion = 2)))).toEqual([
      'formatVersion: verwacht 1, maar gevonden: het getal 2',
    ]);
  });

  it('names an unknown phase id and lists the allowed ones', () => {
    const [error] = errorsOf(withChange((c) => (c.answers.phases.verkenning = {})));
    expect(error).toBe(
      'answers.phases: onbekende fase "verkenning"; kies uit "agendering", "beleidsvoorbereiding", "besluitvorming", "uitvoering", "evaluatie"',
    );
  });

  it('names the path and both types for a wrong type', () => {
    expect(errorsOf(withChange((c) => (c.answers.phases.agendering.budget = 'veel')))).toEqual([
      'answers.phases.agendering.budget: verwacht een getal, maar gevonden: de tekst "veel"',
    ]);
  });

  it('lists allowed values for an unknown level and uses [i] for list positions', () => {
    const errors = errorsOf(
      withChange((c) => {
        c.answers.phases.agendering.level = 'meedenken';
        c.answers.phases.agendering.groups[1] = 'studenten';
      }),
    );
    expect(errors).toContain(
      'answers.phases.agendering.level: verwacht een van "informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen", "zelfbeheer", maar gevonden: de tekst "meedenken"',
    );
    expect(
      errors.some((e) => e.startsWith('answers.phases.agendering.groups[1]: verwacht een van "kinderen", "jongeren"')),
    ).toBe(true);
  });

  it('reports missing required fields and misspelt fields', () => {
    const errors = errorsOf(
      withChange((c) => {
        delete c.titel;
        c.answers.phases.agendering.levle = 'raadplegen';
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining(['titel: ontbreekt; verwacht tekst', 'answers.phases.agendering: onbekend veld "levle"']),
    );
  });

  it('formatZodIssues is reusable for any schema', () => {
    const r = TrajectAnswers.safeParse({ phases: { agendering: { budget: -5 } } }, { reportInput: true });
    expect(r.success).toBe(false);
    expect(formatZodIssues(r.error!.issues)).toEqual(['phases.agendering.budget: moet minstens 0 zijn']);
  });
});
