import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Actor, Connection, ConnectionType, CurrentActor, DomainError } from '@alliance/core';
import { PhiOptionsInput } from '@alliance/privacy';
import { Reflection } from './reflection.entity';
import { ReflectionsArgs, SaveReflectionInput } from './reflection.inputs';
import { ReflectionsService } from './reflections.service';

const idPipe = (field: string) => new ParseUUIDPipe({ exceptionFactory: () => DomainError.badInput('Invalid id', [{ field, message: 'must be an id' }]) });

@ObjectType()
export class ReflectionConnection extends ConnectionType(Reflection) {}

@Resolver(() => Reflection)
export class ReflectionsResolver {
  constructor(private readonly service: ReflectionsService) {}

  @Mutation(() => Reflection, { description: 'For trainees: a private countertransference reflection (new, or an edit of an unshared one).' })
  saveReflection(@CurrentActor() actor: Actor, @Args('input') input: SaveReflectionInput): Promise<Reflection> {
    return this.service.save(actor, input);
  }

  @Mutation(() => Reflection, { description: 'Posts the reflection as a comment into one of your threads; from then on the thread’s readers see it.' })
  shareReflection(
    @CurrentActor() actor: Actor,
    @Args('reflectionId', { type: () => ID }, idPipe('reflectionId')) reflectionId: string,
    @Args('threadId', { type: () => ID }, idPipe('threadId')) threadId: string,
    @Args('phi', { type: () => PhiOptionsInput, nullable: true, description: 'De-identification options for the comment.' }) phi?: PhiOptionsInput | null,
  ): Promise<Reflection> {
    return this.service.share(actor, reflectionId, threadId, phi);
  }

  @Query(() => ReflectionConnection, { description: 'Your own reflections in a program, newest first.' })
  reflections(@CurrentActor() actor: Actor, @Args() args: ReflectionsArgs): Promise<Connection<Reflection>> {
    return this.service.list(actor, args);
  }

  @Query(() => Reflection, { description: 'NOT_FOUND for anyone but its trainee until it is shared; then also for the thread’s readers.' })
  reflection(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, idPipe('id')) reflectionId: string): Promise<Reflection> {
    return this.service.get(actor, reflectionId);
  }
}
