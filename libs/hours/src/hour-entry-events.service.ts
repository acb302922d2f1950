import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { loaderOf, RequestContext } from '@alliance/core';
import { HourEntryEvent } from './entities/hour-entry-event.entity';

/** The state changes of hour entries, batched per request for field resolvers. */
@Injectable()
export class HourEntryEventsService {
  constructor(private readonly dataSource: DataSource) {}

  load(context: RequestContext, entryId: string): Promise<HourEntryEvent[]> {
    return loaderOf<string, HourEntryEvent[]>(context, 'hourEntryEvents', async (ids) => {
      const events = await this.dataSource
        .getRepository(HourEntryEvent)
        .find({ where: { entryId: In([...ids]) }, order: { occurredAt: 'ASC', id: 'ASC' } });
      return ids.map((id) => events.filter((e) => e.entryId === id));
    }).load(entryId);
  }
}
