import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from '@alliance/core';
import { ProgramActivityType } from './discussion-enums';

export const programActivityChannel = (programId: string) => `program.${programId}`;

/**
 * One item of a program's live activity feed. Who receives it is decided per subscriber:
 * an item about a thread goes to the thread's readers; any other item goes only to the
 * people in `recipientIds`. Items carry ids, kinds and counts, never case text.
 */
export interface PublishedProgramActivity {
  type: ProgramActivityType;
  programId: string;
  occurredAt: string;
  threadId?: string | null;
  clientCaseId?: string | null;
  traineeId?: string | null;
  /** Who may receive an item that is not about a thread. */
  recipientIds?: string[];
  /** A short, case-text-free explanation ("Bond fell 2.5 points below this case's mean"). */
  summary?: string | null;
}

/** Publishes program activity; call it from `afterCommit` so nothing is announced that did not land. */
@Injectable()
export class ProgramActivityService {
  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async announce(activity: Omit<PublishedProgramActivity, 'occurredAt'> & { occurredAt?: string }): Promise<void> {
    await this.pubSub.publish(programActivityChannel(activity.programId), { ...activity, occurredAt: activity.occurredAt ?? new Date().toISOString() });
  }
}
