import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { AccessService } from '@alliance/access';
import { Actor, AsyncQueue, closable, DomainError, PUB_SUB } from '@alliance/core';
import { User } from '@alliance/identity';
import { programActivityChannel, PublishedProgramActivity } from './program-activity.service';
import { ProgramActivity, ThreadEvent, TypingIndicator } from './dto/thread.models';
import { CaseThread } from './entities/case-thread.entity';
import { seqFromCursor } from './thread-cursor';
import { ThreadEventsService } from './thread-events.service';

const typingChannel = (threadId: string) => `typing.${threadId}`;

interface PublishedTyping {
  threadId: string;
  user: { id: string; email: string; displayName: string };
  at: string;
}

/**
 * The subscriptions: a thread's events, a program's activity and typing indicators. Each
 * checks access when subscribing and again for every event it delivers.
 */
@Injectable()
export class LiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: ThreadEventsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  threadEvents(actor: Actor, threadId: string, after?: string | null): Promise<AsyncIterableIterator<{ threadEvents: ThreadEvent }>> {
    return this.events.stream(actor, threadId, seqFromCursor(after)).then((stream) => wrap(stream, 'threadEvents'));
  }

  async programActivity(actor: Actor, programId: string): Promise<AsyncIterableIterator<{ programActivity: ProgramActivity }>> {
    await this.access.requireMember(actor, programId);
    const { queue, stop } = await this.listen<PublishedProgramActivity>(programActivityChannel(programId));
    const self = this;
    async function* run(): AsyncGenerator<{ programActivity: ProgramActivity }> {
      try {
        for await (const activity of queue) {
          let thread: CaseThread | null = null;
          if (activity.threadId) {
            if (!(await self.access.readableThreadIds(actor, [activity.threadId])).has(activity.threadId)) continue;
            thread = await self.dataSource.getRepository(CaseThread).findOneBy({ id: activity.threadId });
            if (!thread) continue;
          } else if (!activity.recipientIds?.includes(actor.userId)) {
            continue;
          }
          yield {
            programActivity: {
              type: activity.type,
              programId,
              thread,
              clientCaseId: activity.clientCaseId ?? null,
              traineeId: activity.traineeId ?? null,
              summary: activity.summary ?? null,
              occurredAt: new Date(activity.occurredAt),
            },
          };
        }
      } finally {
        await stop();
      }
    }
    return closable(run(), queue);
  }

  async typing(actor: Actor, threadId: string): Promise<AsyncIterableIterator<{ typing: TypingIndicator }>> {
    await this.requireReadable(actor, threadId);
    const { queue, stop } = await this.listen<PublishedTyping>(typingChannel(threadId));
    const self = this;
    async function* run(): AsyncGenerator<{ typing: TypingIndicator }> {
      try {
        for await (const signal of queue) {
          if (signal.user.id === actor.userId) continue;
          if (!(await self.access.readableThreadIds(actor, [threadId])).has(threadId)) return;
          yield { typing: { threadId, user: signal.user as User, at: new Date(signal.at) } };
        }
      } finally {
        await stop();
      }
    }
    return closable(run(), queue);
  }

  async reportTyping(actor: Actor, threadId: string): Promise<boolean> {
    await this.requireReadable(actor, threadId);
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    const signal: PublishedTyping = { threadId, user: { id: user.id, email: user.email, displayName: user.displayName }, at: new Date().toISOString() };
    await this.pubSub.publish(typingChannel(threadId), signal);
    return true;
  }

  private async requireReadable(actor: Actor, threadId: string): Promise<void> {
    if (!(await this.access.readableThreadIds(actor, [threadId])).has(threadId)) throw DomainError.notFound('Thread');
  }

  private async listen<T>(channel: string): Promise<{ queue: AsyncQueue<T>; stop: () => Promise<void> }> {
    const queue = new AsyncQueue<T>();
    const subscription = await this.pubSub.subscribe(channel, (message: T) => queue.push(message), {});
    return {
      queue,
      stop: async () => {
        queue.close();
        this.pubSub.unsubscribe(subscription);
      },
    };
  }
}

/** Nest resolves a subscription's payload by the field name: `{ threadEvents: event }`. */
function wrap<T, K extends string>(stream: AsyncIterableIterator<T>, key: K): AsyncIterableIterator<{ [P in K]: T }> {
  return {
    next: async () => {
      const result = await stream.next();
      return result.done ? { value: undefined, done: true } : { value: { [key]: result.value } as { [P in K]: T }, done: false };
    },
    return: async () => {
      await stream.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
