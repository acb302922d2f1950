import { randomUUID } from 'node:crypto';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RequestContext } from '@alliance/core';
import { TokenService } from '@alliance/identity';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** A request id the caller sent (if it is sane) or a fresh one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/**
 * Builds the {@link RequestContext} of every HTTP request (GraphQL included) once: request
 * id, caller address, and the actor from a valid, unrevoked bearer token. An invalid token
 * simply leaves the actor empty; guards then answer UNAUTHENTICATED where one is needed.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(private readonly tokens: TokenService) {}

  async use(req: Request & { allianceContext?: RequestContext }, res: Response, next: NextFunction): Promise<void> {
    try {
      // pino-http has usually chosen the id already (and set the response header).
      const assigned = (req as { id?: unknown }).id;
      const requestId = typeof assigned === 'string' ? assigned : requestIdFrom(req.headers['x-request-id']);
      res.setHeader('x-request-id', requestId);
      const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      const token = TokenService.fromAuthorization(req.headers.authorization);
      const subject = token ? await this.tokens.verify(token) : null;
      req.allianceContext = {
        req,
        origin: { requestId, address },
        actor: subject ? { ...subject, requestId, address } : null,
        loaders: new Map(),
      };
      next();
    } catch (error) {
      next(error);
    }
  }
}
