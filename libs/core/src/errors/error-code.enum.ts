import { registerEnumType } from '@nestjs/graphql';

/**
 * Every error a client can see carries one of these in `extensions.code`.
 * Clients branch on the code, never on the message.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  PHI_DETECTED = 'PHI_DETECTED',
  INTERNAL = 'INTERNAL',
}

registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'The value of `extensions.code` on every error.' });
