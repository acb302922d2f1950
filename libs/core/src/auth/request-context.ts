import type { Request } from 'express';
import type { Actor, RequestOrigin } from './actor';

/**
 * The GraphQL context of one operation (HTTP request or WebSocket subscription).
 * `loaders` holds per-request DataLoaders so batching never leaks between requests.
 */
export interface RequestContext {
  req?: Request;
  origin: RequestOrigin;
  actor: Actor | null;
  loaders: Map<string, unknown>;
  /**
   * A subscription: one context serves every event it delivers, so loaders batch but
   * never cache (an event must not see data cached for an earlier one).
   */
  live?: boolean;
}
