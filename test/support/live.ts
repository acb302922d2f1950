import type { Client } from 'graphql-ws';

/** Collects a subscription's results until `count` arrived or `timeoutMs` passed. */
export function collect<T = any>(client: Client, query: string, variables: Record<string, unknown>, count: number, timeoutMs = 5000): { done: Promise<T[]>; stop: () => void; received: T[] } {
  const received: T[] = [];
  let stop: () => void = () => undefined;
  const done = new Promise<T[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      resolve(received);
    }, timeoutMs);
    stop = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) {
            clearTimeout(timer);
            reject(new Error(JSON.stringify(result.errors)));
            return;
          }
          received.push(result.data as T);
          if (received.length >= count) {
            clearTimeout(timer);
            stop();
            resolve(received);
          }
        },
        error: (error) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => {
          clearTimeout(timer);
          resolve(received);
        },
      },
    );
  });
  return { done, stop: () => stop(), received };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
