import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

type AfterCommit = () => void | Promise<void>;

/** What a unit of work hands to its callback: the transaction's manager and a place for after-commit work. */
export interface UnitOfWorkContext {
  manager: EntityManager;
  /** Runs once the transaction has committed; never when it rolls back. */
  afterCommit(hook: AfterCommit): void;
}

/**
 * One transaction per mutation. Everything written inside `run` commits or rolls back
 * together; events for subscriptions and notifications are registered with `afterCommit`
 * so nobody is told about data that never landed.
 *
 * @example
 *   return this.uow.run(async ({ manager, afterCommit }) => {
 *     const comment = await manager.save(Comment, draft);
 *     afterCommit(() => this.events.publish(...));
 *     return comment;
 *   });
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (context: UnitOfWorkContext) => Promise<T>): Promise<T> {
    const hooks: AfterCommit[] = [];
    const result = await this.dataSource.transaction((manager) =>
      work({ manager, afterCommit: (hook) => hooks.push(hook) }),
    );
    for (const hook of hooks) await hook();
    return result;
  }
}
