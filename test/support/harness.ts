import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { createClient, Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AppConfig, loadConfig } from '@alliance/core';
import { createApp } from '../../apps/api/src/bootstrap';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
}

/** A running API on a random port with a database of its own. */
export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  db: TestDatabase;
  baseUrl: string;
  wsUrl: string;
  /** POSTs a GraphQL operation, with a bearer token when given. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  /** A graphql-ws client (lazy unless told otherwise); closed automatically by `close()`. */
  ws(connectionParams?: Record<string, unknown>, options?: { lazy?: boolean }): WsClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Reuse a database (e.g. a second instance on one PostgreSQL). */
  db?: TestDatabase;
}

/**
 * Boots the real application as `npm start` does (migrations, guards, pipes, filters),
 * listening on 127.0.0.1 with a random port. Each test file starts its own.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: db.config.kind === 'pglite' && db.config.dataDir ? dirname(db.config.dataDir) : ':memory:',
    SEED_DEMO: 'false',
    ...(db.url ? { DATABASE_URL: db.url } : {}),
    ...options.env,
  });
  const app = await createApp(config, (module) => NestFactory.create(module, { logger: false }));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const clients: WsClient[] = [];
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    db,
    baseUrl,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    async gql(query, variables, token) {
      const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return res.body;
    },
    ws(connectionParams, wsOptions) {
      const client = createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: wsOptions?.lazy ?? true,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await app.close();
      if (!options.db) await db.drop();
    },
  };
}

/** The first error's code, or undefined. */
export function codeOf(response: GqlResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<T = Record<string, any>>(response: GqlResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}
