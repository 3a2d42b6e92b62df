// Compile-time checks, run by `tsc -b` (not by vitest): each @ts-expect-error line must stay an error.
import { handlers } from '../../main/api/handlers';
import type { Handlers } from '../../main/api/types';

const { 'advice.forTraject': _left, ...rest } = handlers;

// @ts-expect-error — leaving out a method of the contract must be a type error
const _incomplete: Handlers = rest;

// @ts-expect-error — a handler must return the contract's output type
const _wrongOutput: Handlers = { ...handlers, 'app.info': () => ({ appVersion: 1 }) };
