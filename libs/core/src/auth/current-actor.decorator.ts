import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import type { Actor, RequestOrigin } from './actor';
import { requestContextOf } from './context.util';

/**
 * The signed-in person making the request. Resolvers pass it first to every service call.
 *
 * @example
 *   @Mutation(() => Program)
 *   createProgram(@CurrentActor() actor: Actor, @Args('input') input: CreateProgramInput) {
 *     return this.programs.create(actor, input);
 *   }
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestContextOf(context).actor;
  if (!actor) throw DomainError.unauthenticated();
  return actor;
});

/** Request id and caller address, available on public operations too. */
export const CurrentOrigin = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestOrigin => requestContextOf(context).origin,
);
