import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../renderer/src/app/route';

const id = '6f1d3c2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f';

describe('traject routes', () => {
  it('reads and writes the English view names', () => {
    const route = parseRoute(`#/traject/${id}/phases/agendering`);
    expect(route).toEqual({ name: 'traject', id, view: 'phases', sub: 'agendering' });
    expect(routeHash(route)).toBe(`#/traject/${id}/phases/agendering`);
    expect(parseRoute(`#/traject/${id}/overview`)).toEqual({ name: 'traject', id, view: 'overview' });
  });

  it('opens a hash with the Dutch view names of earlier versions on the same screen', () => {
    expect(parseRoute(`#/traject/${id}/fasen/evaluatie`)).toEqual({
      name: 'traject',
      id,
      view: 'phases',
      sub: 'evaluatie',
    });
    expect(parseRoute(`#/traject/${id}/overzicht`)).toEqual({ name: 'traject', id, view: 'overview' });
  });

  it('falls back to the vraagstuk for an unknown view', () => {
    expect(parseRoute(`#/traject/${id}/onbekend`)).toEqual({ name: 'traject', id, view: 'vraagstuk' });
  });
});
