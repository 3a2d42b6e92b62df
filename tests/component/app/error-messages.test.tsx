import { describe, expect, it } from 'vitest';
import {
  TrajectAnswers,
  formatZodIssues,
  formatZodIssuesForPeople,
  jsonErrorInDutch,
  readableErrorLine,
} from '../../../shared/participatie/index';
import { parseProjectFile } from '../../../shared/projectfile/index';
import { ApiClientError } from '../../../renderer/src/api/client';
import { importTitle, withTitle } from '../../../renderer/src/features/export/importTitle';
import { errorMessage, errorLines } from '../../../renderer/src/lib/errorMessage';

const issues = () => {
  const result = TrajectAnswers.safeParse(
    { phases: { agendering: { level: 'superhoog', budget: -5 } }, domain: 'ruimte' },
    { reportInput: true },
  );
  return result.error!.issues;
};

describe('errors in Dutch, with the labels of the screen', () => {
  it('names the phase and the question instead of the path', () => {
    expect(formatZodIssuesForPeople(issues())).toEqual([
      'Fase agendering, vraag Ruimte, budget: moet minstens 0 zijn',
      'Fase agendering, vraag Rol: kies een niveau (nu staat er de tekst "superhoog")',
      'De vraag in het kort, onderwerp: kies een onderwerp (nu staat er de tekst "ruimte")',
    ]);
  });

  it('keeps the paths for the CLI and the API', () => {
    expect(formatZodIssues(issues())[0]).toBe('phases.agendering.budget: moet minstens 0 zijn');
  });

  it('turns a formatted line from a project file into the labels, also behind a prefix', () => {
    const parsed = parseProjectFile(
      JSON.stringify({
        format: 'samenspel-project',
        formatVersion: 2,
        traject: { titel: 'X' },
        answers: { phases: { agendering: { level: 'hoog' } } },
      }),
    );
    expect(parsed.ok).toBe(false);
    const lines = parsed.ok ? [] : parsed.errors.map((e) => readableErrorLine(e));
    expect(lines).toEqual(['Fase agendering, vraag Rol: kies een niveau (nu staat er de tekst "hoog")']);
    expect(
      readableErrorLine(
        'Formaatversie 1: answers.phases.uitvoering.goals[0]: verwacht een van "a", "b", maar gevonden: het getal 3',
      ),
    ).toBe(
      'Formaatversie 1: Fase uitvoering, vraag Doel (nummer 1): kies doelen uit de lijst (nu staat er het getal 3)',
    );
    // Plain Dutch passes unchanged.
    expect(readableErrorLine('Het bestand is leeg.')).toBe('Het bestand is leeg.');
  });

  it("never shows the engine's English JSON message", () => {
    const parsed = parseProjectFile('{"format": "samenspel-pro');
    const line = parsed.ok ? '' : readableErrorLine(parsed.errors[0]!);
    expect(line).toMatch(/^Het bestand is geen geldige JSON/);
    expect(line).toContain('een tekst tussen aanhalingstekens is niet afgesloten');
    expect(line).not.toMatch(/Unterminated|JSON at position/);

    for (const text of ['{"a": 1,}', '[1, 2', '{"a": 1} x', '']) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(jsonErrorInDutch(message)).not.toMatch(/[A-Z][a-z]+ (token|end|string|character)/);
    }
    expect(errorMessage(new SyntaxError('Unexpected end of JSON input'))).toBe(
      'Het bestand is geen geldige JSON: het bestand houdt midden in de gegevens op; misschien is het niet helemaal opgeslagen.',
    );
    expect(errorMessage(new TypeError('Failed to fetch'))).toMatch(/^Samenspel is niet bereikbaar/);
    expect(errorMessage(new Error('something internal'))).toBe('Er ging iets mis in Samenspel. Probeer het opnieuw.');
  });

  it('lists the issues of an API error with labels', () => {
    const error = new ApiClientError({
      code: 'INVALID_INPUT',
      message: 'De gegevens zijn niet geldig.',
      issues: [{ path: ['answers', 'phases', 'besluitvorming', 'level'], message: 'Ongeldige optie' }],
    });
    expect(errorLines(error)).toEqual(['Fase besluitvorming, vraag Rol: Ongeldige optie']);
  });
});

describe('an imported copy', () => {
  it('gets the date of the import in its title, as in the Netherlands', () => {
    // 23:30 UTC on 28 November is already 29 November in Amsterdam.
    expect(importTitle('Burgerbegroting', new Date('2026-11-28T23:30:00Z'))).toBe(
      'Burgerbegroting (geïmporteerd 29-11-2026)',
    );
    expect(importTitle('x'.repeat(200), new Date('2026-11-29T12:00:00Z'))).toHaveLength(200);
  });

  it('changes the title in a project file and in an older casus file', () => {
    expect(JSON.parse(withTitle('{"formatVersion":3,"traject":{"title":"A"}}', 'B')).traject.title).toBe('B');
    expect(JSON.parse(withTitle('{"formatVersion":2,"traject":{"titel":"A"}}', 'B')).traject.titel).toBe('B');
    expect(JSON.parse(withTitle('\uFEFF{"formatVersion":1,"titel":"A"}', 'B')).titel).toBe('B');
  });
});
