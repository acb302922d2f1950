import type { IncomingMessage } from 'node:http';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Context as WsContext } from 'graphql-ws';
import type { ExecutionResult, GraphQLError } from 'graphql';
import { AppConfig, appLogger, formatGraphqlError, RequestContext } from '@alliance/core';
import { TokenService } from '@alliance/identity';
import { requestIdFrom } from './request-context.middleware';

/** Limits that keep one request from exhausting the server; exceeding one is BAD_USER_INPUT. */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 20, maxTokens: 3000, maxCost: 8000, maxDirectives: 30 };

interface WsExtra {
  request: IncomingMessage;
  allianceContext?: RequestContext;
}

/**
 * Apollo options: code-first schema (written to schema.gql in development), graphql-ws
 * subscriptions authenticated in `connection_init`, query limits from graphql-armor,
 * errors through {@link formatGraphqlError}, introspection and suggestions off in production.
 */
export function buildGraphqlOptions(config: AppConfig, tokens: TokenService): Omit<ApolloDriverConfig, 'driver'> {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();

  return {
    // schema.gql is written by `npm run schema:print` and checked by a test, never at run time.
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    introspection: !config.isProduction,
    playground: false,
    includeStacktraceInErrorResponses: false,
    plugins: [...armor.plugins, ...(config.isProduction ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })])],
    validationRules: armor.validationRules,
    formatError: formatGraphqlError,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // Results sent over the socket get the same error shape as HTTP responses.
        onNext: (_ctx: unknown, _id: unknown, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors ? { ...result, errors: result.errors.map((error) => formatGraphqlError(error.toJSON(), error)) } : result,
        // graphql-ws takes onError too; Nest's config type does not list it, so it is spread in.
        ...({
          onError: (_ctx: unknown, _id: unknown, _payload: unknown, errors: readonly GraphQLError[]) =>
            errors.map((error) => formatGraphqlError(error.toJSON(), error)),
        } as object),
        // A socket without a valid token in connection_init is closed with 4403 Forbidden.
        onConnect: async (ctx: WsContext<Record<string, unknown> | undefined, unknown>) => {
          const extra = ctx.extra as WsExtra;
          const token = TokenService.fromAuthorization(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization);
          const subject = token ? await tokens.verify(token) : null;
          if (!subject) return false;
          const requestId = requestIdFrom(extra.request.headers['x-request-id']);
          const address = extra.request.socket.remoteAddress ?? 'unknown';
          extra.allianceContext = { origin: { requestId, address }, actor: { ...subject, requestId, address }, loaders: new Map() };
          appLogger.debug({ requestId, userId: subject.userId }, 'subscription socket connected');
          return true;
        },
      },
    },
    context: (args: { req?: { allianceContext?: RequestContext }; extra?: WsExtra }): RequestContext => {
      if (args.extra?.allianceContext) {
        // Each subscription operation gets fresh loaders; the actor is the socket's.
        return { ...args.extra.allianceContext, loaders: new Map(), live: true };
      }
      if (args.req?.allianceContext) return args.req.allianceContext;
      throw new Error('Request context missing');
    },
  };
}
