import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DomainError } from '@alliance/core';
import { SetSupervisionSettingsInput } from './set-supervision-settings.input';
import { SupervisionSettings } from './supervision-settings.entity';
import { SupervisionSettingsService } from './supervision-settings.service';

const programIdPipe = new ParseUUIDPipe({ exceptionFactory: () => DomainError.badInput('Invalid id', [{ field: 'programId', message: 'must be an id' }]) });

@Resolver(() => SupervisionSettings)
export class SupervisionSettingsResolver {
  constructor(private readonly settings: SupervisionSettingsService) {}

  @Query(() => SupervisionSettings, { description: 'The program’s rupture thresholds (defaults until an admin sets them).' })
  supervisionSettings(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID }, programIdPipe) programId: string): Promise<SupervisionSettings> {
    return this.settings.get(actor, programId);
  }

  @Mutation(() => SupervisionSettings, { description: 'For program admins: rupture thresholds; omitted values stay as they are.' })
  setSupervisionSettings(@CurrentActor() actor: Actor, @Args('input') input: SetSupervisionSettingsInput): Promise<SupervisionSettings> {
    return this.settings.set(actor, input);
  }
}
