import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-code.enum';
import { appLogger } from '../logging/logger';

const INTERNAL_MESSAGE = 'Something went wrong on our side. The error has been logged.';

/** Apollo's own request errors (parse, validation, bad variables) are the client's input. */
const APOLLO_INPUT_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * The single place where errors become what clients see: a readable message and
 * `extensions.code` from {@link ErrorCode}. Stack traces, SQL and driver messages never
 * leave the server; unexpected errors are logged with their stack and shown as INTERNAL.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()] ?? ErrorCode.INTERNAL;
    return { ...base, message: original.message, extensions: { code } };
  }
  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string') {
    if (APOLLO_INPUT_CODES.has(apolloCode)) {
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: apolloCode } };
    }
    if ((Object.values(ErrorCode) as string[]).includes(apolloCode)) {
      return { ...base, extensions: { code: apolloCode } };
    }
  }
  // Errors raised by graphql-js itself while validating variables have no originalError.
  if (error instanceof GraphQLError && !error.originalError && formatted.extensions?.code === undefined) {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  appLogger.error({ err: original, path: formatted.path }, 'unexpected error while resolving a GraphQL request');
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
}
