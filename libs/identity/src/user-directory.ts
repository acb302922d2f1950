import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { alignTo, loaderOf, RequestContext } from '@alliance/core';
import { User } from './user.entity';

/**
 * Looks people up by id for field resolvers, batched per request so that a list of
 * fifty memberships costs one query for their users.
 */
@Injectable()
export class UserDirectory {
  constructor(private readonly dataSource: DataSource) {}

  load(context: RequestContext, userId: string): Promise<User | null> {
    return loaderOf<string, User | null>(context, 'userById', async (ids) =>
      alignTo(ids, await this.dataSource.getRepository(User).findBy({ id: In([...ids]) }), (user) => user.id),
    ).load(userId);
  }
}
