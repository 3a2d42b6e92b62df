import { describe, expect, it } from 'vitest';
import { checkTrajectAgainstCode, standardProcess, exampleCodes } from '../../../shared/code/index';
import { catalogue } from '../../../shared/participatie/index';
import { generateProcesplaat } from '../../../shared/procesplaat/generate';
import { mergeGenerated } from '../../../shared/procesplaat/merge';
import { Procesplaat } from '../../../shared/procesplaat/model';
import { listedCodeChecks, plateFromCodeProcess } from '../../../renderer/src/features/procesplaat/startFromCode';

const code = exampleCodes.lindewaard;
const codeProcess = standardProcess(code);
const answers = { phases: { agendering: { level: 'meebeslissen', instruments: ['burgerberaad'] } } };

describe('a traject that starts from its participatiecode', () => {
  it("takes the code's steps and arrows as its own, in lanes with the generator's ids", () => {
    const plate = plateFromCodeProcess(codeProcess);
    // A valid procesplaat, as procesplaat.save checks it.
    expect(Procesplaat.safeParse(plate).success).toBe(true);
    const steps = (p: Procesplaat) => p.nodes.filter((n) => n.type !== 'fase');
    expect(steps(plate)).toEqual(steps(codeProcess));
    expect(plate.nodes.filter((n) => n.type === 'fase').map((n) => n.id)).toEqual([
      'gen:fase:agendering',
      'gen:fase:beleidsvoorbereiding',
      'gen:fase:besluitvorming',
      'gen:fase:uitvoering',
      'gen:fase:evaluatie',
    ]);
    expect(plate.edges.map((e) => [e.source, e.target])).toEqual(codeProcess.edges.map((e) => [e.source, e.target]));
    // Nothing on it counts as generated: an update from the answers keeps every step.
    expect(plate.generatedIds).toEqual([]);
  });

  it('keeps the code’s steps and adds no second set of lanes when it is updated from the answers', () => {
    const plate = plateFromCodeProcess(codeProcess);
    const generated = generateProcesplaat(
      { phases: { agendering: { level: 'raadplegen', instruments: ['enquete'] } } } as never,
      { catalogue },
    );
    const merged = mergeGenerated(plate, generated).plate;
    const lanes = merged.nodes.filter((n) => n.type === 'fase');
    expect(lanes).toHaveLength(5);
    for (const step of plate.nodes) expect(merged.nodes.map((n) => n.id)).toContain(step.id);
    expect(merged.nodes.length).toBeGreaterThan(plate.nodes.length);
  });

  it('lists the code’s checks with the article they come from, once', () => {
    const checks = checkTrajectAgainstCode(code, answers as never, plateFromCodeProcess(codeProcess));
    expect(checks.length).toBeGreaterThan(0);
    const t = (_key: string, options: Record<string, string>) => `${options.text} [${options.citation}]`;
    const listed = listedCodeChecks(checks, t);
    expect(listed.map((c) => c.id)).toEqual(checks.map((c) => `code:${c.id}`));
    listed.forEach((item, i) => {
      const check = checks[i]!;
      expect(item).toMatchObject({ check: check.check, severity: check.severity, nodeIds: check.nodeIds });
      if (check.article) expect(item.message.split(check.article.citation)).toHaveLength(2);
    });
    // Without an article in its text, the article is added.
    const bare = { ...checks[0]!, text: 'Kies een ander niveau.' };
    expect(listedCodeChecks([bare], t)[0]!.message).toBe(`Kies een ander niveau. [${bare.article!.citation}]`);
  });
});
