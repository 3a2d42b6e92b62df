import { describe, expect, it } from 'vitest';
import { voorbeeldCodes } from '../../../shared/code/examples/index';
import { TrajectAnswers } from '../../../shared/participatie/answers';
import {
  PROJECT_FORMAT,
  PROJECT_FORMAT_VERSION,
  parseProjectFile,
  projectCodeLink,
  serializeProjectFile,
  type ProjectFile,
} from '../../../shared/projectfile/index';
import { code } from './helpers';

const ID = '6b0f3c1e-2d4a-4b8e-9c1f-0a1b2c3d4e5f';
const answers = TrajectAnswers.parse({ phases: { agendering: { level: 'meebeslissen' } } });

function project(withCode = true): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    formatVersion: PROJECT_FORMAT_VERSION,
    traject: { titel: 'Stationsplein', gemeente: 'Lindewaard', vraagstuk: '' },
    answers,
    ...(withCode
      ? {
          code: {
            id: ID,
            revision: 4,
            naam: 'Concept raadswerkgroep',
            keuzes: structuredClone(voorbeeldCodes.lindewaard),
          },
        }
      : {}),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file's JSON, changed on purpose to be wrong
type Json = Record<string, any>;

/** The file text with one change to the parsed JSON. */
function edited(change: (json: Json) => void): string {
  const json = JSON.parse(serializeProjectFile(project()));
  change(json);
  return JSON.stringify(json);
}

describe('a project file carries the participatiecode its traject follows', () => {
  it('round trip: the code (id, revision, name and all choices) comes back unchanged, byte for byte', () => {
    const text = serializeProjectFile(project());
    const parsed = parseProjectFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.code).toEqual(project().code);
    expect(parsed.value.code!.keuzes).toEqual(voorbeeldCodes.lindewaard);
    expect(serializeProjectFile(parsed.value)).toBe(text);
  });

  it('an older file without a code stays valid and links nothing', () => {
    const text = serializeProjectFile(project(false));
    expect(text).not.toContain('"code"');
    const parsed = parseProjectFile(text);
    expect(parsed.ok && parsed.value.code).toBe(undefined);
    expect(parsed.ok).toBe(true);
  });

  it.each([
    [
      'an id that is no uuid',
      (j: Json) => (j.code.id = 'lindewaard'),
      /^code\.id: heeft niet de goede vorm; verwacht uuid/,
    ],
    ['a revision of 0', (j: Json) => (j.code.revision = 0), /^code\.revision: /],
    ['an empty name', (j: Json) => (j.code.naam = ' '), /^code\.naam: /],
    [
      'a choice out of range',
      (j: Json) => (j.code.keuzes.uitdaagrecht.beslisWeken = 500),
      /^code\.keuzes\.uitdaagrecht\.beslisWeken: /,
    ],
    ['an unknown field', (j: Json) => (j.code.kleur = 'rood'), /^code: .*kleur/],
    ['no choices', (j: Json) => delete j.code.keuzes, /^code\.keuzes: /],
  ])('refuses %s with a Dutch message naming the field', (_what, change, message) => {
    const parsed = parseProjectFile(edited(change));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]).toMatch(message);
  });
});

describe('which code an imported traject follows', () => {
  const file = project().code!;
  const other = { ...code(), gemeente: 'Andersstad' };

  it('the code with the same id when its choices are the same', () => {
    expect(
      projectCodeLink(file, [
        { id: 'b', code: structuredClone(voorbeeldCodes.lindewaard) },
        { id: ID, code: structuredClone(voorbeeldCodes.lindewaard) },
      ]),
    ).toEqual({ kind: 'link', codeId: ID });
  });

  it('another code with exactly the same choices (keys in any order) when the id is not there', () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(voorbeeldCodes.lindewaard)).reverse());
    expect(
      projectCodeLink(file, [
        { id: 'x', code: other },
        { id: 'y', code: reordered as never },
      ]),
    ).toEqual({
      kind: 'link',
      codeId: 'y',
    });
  });

  it('a new code from the copy when the stored code with that id has changed, or none matches', () => {
    const changed = { ...structuredClone(voorbeeldCodes.lindewaard), jaar: 2030 };
    const create = { kind: 'create', naam: 'Concept raadswerkgroep', code: file.keuzes };
    expect(projectCodeLink(file, [{ id: ID, code: changed }])).toEqual(create);
    expect(projectCodeLink(file, [{ id: 'x', code: other }])).toEqual(create);
    expect(projectCodeLink(file, [])).toEqual(create);
  });
});
