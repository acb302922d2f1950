import pino from 'pino';
import type { LoggerService } from '@nestjs/common';

/**
 * Structured JSON logs. Case text, passwords and tokens must never reach a log line:
 * the redact list below is a second line of defence for the field names that carry
 * them, the first is not logging request bodies or variables at all.
 */
/**
 * Errors are logged with their type, message, code and stack only. Database errors carry
 * the statement's parameters (and the driver's copy of them), which may be case text.
 */
function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, constraint, table } = error as Error & { code?: unknown; constraint?: unknown; table?: unknown };
  const driver = (error as { driverError?: { code?: unknown; constraint?: unknown; table?: unknown } }).driverError;
  return {
    type: error.name,
    message: error.message,
    code: code ?? driver?.code,
    constraint: constraint ?? driver?.constraint,
    table: table ?? driver?.table,
    stack: error.stack,
  };
}

export const appLogger = pino({
  serializers: { err: safeError },
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'alliance-api' },
  redact: {
    paths: [
      'password',
      '*.password',
      'token',
      '*.token',
      'authorization',
      '*.authorization',
      'req.headers.authorization',
      'req.headers.cookie',
      'body',
      '*.body',
      'text',
      '*.text',
      'variables',
      '*.variables',
    ],
    censor: '[redacted]',
  },
});

/** Routes NestJS's own framework logging through the same JSON logger. */
export class PinoNestLogger implements LoggerService {
  log(message: unknown, context?: string): void {
    appLogger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    appLogger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    appLogger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    appLogger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    appLogger.trace({ context }, String(message));
  }
}
