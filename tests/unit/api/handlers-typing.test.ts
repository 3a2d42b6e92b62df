import { describe, expect, it } from 'vitest';
import { handlers } from '../../../main/api/handlers';
import type { Handlers } from '../../../main/api/types';

describe('handler map typing', () => {
  it('is checked by tsc -b: a map without a contract method does not compile', () => {
    const { 'advies.voorTraject': _left, ...rest } = handlers;
    // @ts-expect-error — leaving out a method of the contract must be a type error
    const incomplete: Handlers = rest;
    // @ts-expect-error — a handler must return the contract's output type
    const wrongOutput: Handlers = { ...handlers, 'app.info': () => ({ appVersion: 1 }) };
    expect(Object.keys(incomplete)).not.toContain('advies.voorTraject');
    expect(wrongOutput['app.info']).not.toBe(handlers['app.info']);
  });
});
