import { ErrorCode } from './error-code.enum';

/** One invalid field of an input, as reported in `extensions.fields`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * The only kind of error services throw on purpose. The GraphQL error formatter and the
 * HTTP exception filter turn it into `extensions.code` plus any `extensions` given here;
 * anything else that escapes becomes INTERNAL with a generic message.
 *
 * @example throw new DomainError(ErrorCode.NOT_FOUND, 'Program not found');
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
  }

  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Sign in to continue'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  static conflict(message: string, extensions: Record<string, unknown> = {}): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, extensions);
  }

  static badInput(message: string, fields: FieldError[] = []): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});
  }
}
