import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract';
import type { Services } from '../services';

export interface HandlerContext {
  services: Services;
  transport: 'ipc' | 'http';
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** A mapped type over the contract: leaving out a method is a type error in `handlers.ts`. */
export type Handlers = { [M in MethodName]: Handler<M> };

/**
 * The handlers of one domain (every contract method `<domain>.…`), as each `handlers/<domain>.ts`
 * exports them: the one registration style, spread into `handlers.ts`.
 */
export type DomainHandlers<D extends string> = { [M in Extract<MethodName, `${D}.${string}`>]: Handler<M> };
