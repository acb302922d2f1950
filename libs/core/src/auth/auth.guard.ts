import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../errors/domain-error';
import { requestContextOf } from './context.util';
import { IS_PUBLIC } from './public.decorator';

/**
 * Global guard: every GraphQL operation and HTTP route needs a signed-in actor unless it
 * is marked {@link Public}. The actor itself is established once per request, when the
 * context is built (token checked, revocation checked); this guard only reads it.
 * Record-level decisions belong to the access service, not here.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!requestContextOf(context).actor) throw DomainError.unauthenticated();
    return true;
  }
}
