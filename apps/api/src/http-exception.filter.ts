import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { appLogger, DomainError, ErrorCode } from '@alliance/core';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.PHI_DETECTED]: 422,
  [ErrorCode.INTERNAL]: 500,
};

/**
 * Plain HTTP routes (exports, health) answer errors as `{ error: { code, message } }`
 * with a matching status. GraphQL errors are left to the GraphQL formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    // GraphQL: hand the error back so Apollo's formatter shapes it.
    if (host.getType<string>() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainError) {
      return res.status(STATUS[exception.code]).json({ error: { code: exception.code, message: exception.message, ...exception.extensions } });
    }
    if (exception instanceof HttpException) {
      return res.status(exception.getStatus()).json(exception.getResponse());
    }
    appLogger.error({ err: exception }, 'unexpected error on an HTTP route');
    return res.status(500).json({ error: { code: ErrorCode.INTERNAL, message: 'Something went wrong on our side.' } });
  }
}
