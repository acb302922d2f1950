/**
 * Who is making a request. Every service method takes it first, so access decisions,
 * audit events and logs always know the person and the request.
 */
export interface Actor {
  userId: string;
  email: string;
  requestId: string;
  /** The caller's network address, for per-address limits. Never logged with case data. */
  address: string;
}

/** What a request carries before sign-in is known: enough for rate limits and logs. */
export interface RequestOrigin {
  requestId: string;
  address: string;
}
