import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loaderOf, RequestContext } from '@alliance/core';
import { Comment } from './entities/comment.entity';

export interface ThreadStats {
  commentCount: number;
  lastComment: Comment | null;
}

/**
 * Per-request batched look-ups for thread lists: comment counts, last comments, unread
 * counts and guidance. A page of any size costs one statement per kind of field.
 */
@Injectable()
export class ThreadStatsLoader {
  constructor(private readonly dataSource: DataSource) {}

  stats(context: RequestContext, threadId: string): Promise<ThreadStats> {
    return loaderOf<string, ThreadStats>(context, 'threadStats', async (ids) => {
      const rows: Array<Record<string, unknown> & { thread_id: string; comment_count: string }> = await this.dataSource.query(
        `SELECT counts.thread_id, counts.comment_count, last.*
           FROM (SELECT thread_id, count(*) FILTER (WHERE deleted_at IS NULL) AS comment_count, max(seq) AS max_seq
                   FROM comments WHERE thread_id = ANY($1::uuid[]) GROUP BY thread_id) counts
           JOIN comments last ON last.thread_id = counts.thread_id AND last.seq = counts.max_seq`,
        [ids],
      );
      const repo = this.dataSource.getRepository(Comment);
      const byThread = new Map(
        rows.map((row) => {
          const entity = repo.create({
            id: row.id as string,
            threadId: row.thread_id,
            authorId: row.author_id as string,
            parentId: (row.parent_id as string | null) ?? null,
            kind: row.kind as Comment['kind'],
            body: row.body as string,
            seq: String(row.seq),
            version: row.version as number,
            deletedAt: row.deleted_at ? new Date(row.deleted_at as string) : null,
            createdAt: new Date(row.created_at as string),
            updatedAt: new Date(row.updated_at as string),
          });
          return [row.thread_id, { commentCount: Number(row.comment_count), lastComment: entity }];
        }),
      );
      return ids.map((id) => byThread.get(id) ?? { commentCount: 0, lastComment: null });
    }).load(threadId);
  }

  unread(context: RequestContext, userId: string, threadId: string): Promise<number> {
    return loaderOf<string, number>(context, `threadUnread:${userId}`, async (ids) => {
      const rows: Array<{ thread_id: string; unread: string }> = await this.dataSource.query(
        `SELECT c.thread_id, count(*) AS unread
           FROM comments c LEFT JOIN thread_reads r ON r.thread_id = c.thread_id AND r.user_id = $2
          WHERE c.thread_id = ANY($1::uuid[]) AND c.author_id <> $2 AND c.deleted_at IS NULL AND c.seq > COALESCE(r.last_read_seq, 0)
          GROUP BY c.thread_id`,
        [ids, userId],
      );
      const byThread = new Map(rows.map((row) => [row.thread_id, Number(row.unread)]));
      return ids.map((id) => byThread.get(id) ?? 0);
    }).load(threadId);
  }

  guidance(context: RequestContext, threadId: string): Promise<Comment[]> {
    return loaderOf<string, Comment[]>(context, 'threadGuidance', async (ids) => {
      const rows = await this.dataSource
        .getRepository(Comment)
        .createQueryBuilder('c')
        .where('c.thread_id IN (:...ids) AND c.kind = :kind AND c.deleted_at IS NULL', { ids: [...ids], kind: 'GUIDANCE' })
        .orderBy('c.seq', 'ASC')
        .getMany();
      return ids.map((id) => rows.filter((row) => row.threadId === id));
    }).load(threadId);
  }

  mentions(context: RequestContext, commentId: string): Promise<string[]> {
    return loaderOf<string, string[]>(context, 'commentMentions', async (ids) => {
      const rows: Array<{ comment_id: string; user_id: string }> = await this.dataSource.query(
        `SELECT comment_id, user_id FROM comment_mentions WHERE comment_id = ANY($1::uuid[])`,
        [ids],
      );
      return ids.map((id) => rows.filter((row) => row.comment_id === id).map((row) => row.user_id));
    }).load(commentId);
  }
}
