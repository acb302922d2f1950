import DataLoader from 'dataloader';
import type { RequestContext } from '../auth/request-context';

/**
 * The DataLoader named `name` for this request, created on first use. Loaders live in the
 * request context, so batching and caching never cross requests or actors.
 *
 * @example
 *   const users = loaderOf(ctx, 'userById', (ids) => this.usersByIds(ids));
 *   return users.load(membership.userId);
 */
export function loaderOf<K, V>(context: RequestContext, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loader = context.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>((keys) => batch(keys), { maxBatchSize: 500, cache: !context.live });
    context.loaders.set(name, loader);
  }
  return loader;
}

/** Orders rows to match `keys`, as DataLoader requires; a missing key gets `fallback`. */
export function alignTo<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: V | null = null): Array<V | null> {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? fallback);
}
