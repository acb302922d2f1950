import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { RequestContext } from './request-context';
import { requestContextOf } from './context.util';

/** The whole request context, for field resolvers that use per-request DataLoaders. */
export const CurrentContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => requestContextOf(context),
);
