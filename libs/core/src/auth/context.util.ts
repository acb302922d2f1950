import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from './request-context';

/** The {@link RequestContext} of a GraphQL resolver, or the one attached to an HTTP request. */
export function requestContextOf(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>();
  }
  const req = context.switchToHttp().getRequest<{ allianceContext?: RequestContext }>();
  if (!req.allianceContext) throw new Error('HTTP request has no Alliance context; is the middleware installed?');
  return req.allianceContext;
}
