import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Actor, alignTo, CurrentActor, CurrentContext, DomainError, loaderOf, RequestContext } from '@alliance/core';
import { User, UserDirectory } from '@alliance/identity';
import { CorrectHourEntryInput } from './dto/correct-hour-entry.input';
import { HourEntriesArgs } from './dto/hour-entries.args';
import { HourEntryIdsInput, ReturnHoursInput } from './dto/hour-entry-ids.input';
import { BulkHoursPayload, HourEntryConnection } from './dto/hours.models';
import { LedgerCheck } from './dto/ledger.models';
import { LogHoursInput } from './dto/log-hours.input';
import { CohortProgressArgs, HoursProgressArgs } from './dto/progress.args';
import { HoursProgress } from './dto/progress.models';
import { RequirementTemplate } from './dto/requirement.models';
import { SetProgramRequirementsInput } from './dto/set-program-requirements.input';
import { UpdateHourEntryInput } from './dto/update-hour-entry.input';
import { HourEntryEvent } from './entities/hour-entry-event.entity';
import { HourEntry } from './entities/hour-entry.entity';
import { RequirementVersion } from './entities/requirement-version.entity';
import { HourEntriesService } from './hour-entries.service';
import { HourEntryEventsService } from './hour-entry-events.service';
import { HoursProgressService } from './hours-progress.service';
import { LedgerService } from './ledger.service';
import { RequirementsService } from './requirements.service';

const uuidPipe = new ParseUUIDPipe({ exceptionFactory: () => DomainError.badInput('Invalid id', [{ field: 'programId', message: 'must be an id' }]) });

@Resolver(() => HourEntry)
export class HoursResolver {
  constructor(
    private readonly entries: HourEntriesService,
    private readonly progress: HoursProgressService,
    private readonly requirements: RequirementsService,
    private readonly ledger: LedgerService,
  ) {}

  @Mutation(() => HourEntry, { description: 'A trainee logs their own hours (DRAFT, or SUBMITTED with `submit: true`).' })
  logHours(@CurrentActor() actor: Actor, @Args('input') input: LogHoursInput): Promise<HourEntry> {
    return this.entries.log(actor, input);
  }

  @Mutation(() => HourEntry, { description: 'The trainee edits a DRAFT or RETURNED entry.' })
  updateHourEntry(@CurrentActor() actor: Actor, @Args('input') input: UpdateHourEntryInput): Promise<HourEntry> {
    return this.entries.update(actor, input);
  }

  @Mutation(() => BulkHoursPayload, { description: 'The trainee submits entries for verification; each entry has its own outcome.' })
  submitHours(@CurrentActor() actor: Actor, @Args('input') input: HourEntryIdsInput): Promise<BulkHoursPayload> {
    return this.entries.submit(actor, input);
  }

  @Mutation(() => BulkHoursPayload, { description: 'A supervisor assigned on each entry’s date verifies (signs) it; never one’s own.' })
  verifyHours(@CurrentActor() actor: Actor, @Args('input') input: HourEntryIdsInput): Promise<BulkHoursPayload> {
    return this.entries.verify(actor, input);
  }

  @Mutation(() => BulkHoursPayload, { description: 'A supervisor returns submitted entries with a reason; other entries are untouched.' })
  returnHours(@CurrentActor() actor: Actor, @Args('input') input: ReturnHoursInput): Promise<BulkHoursPayload> {
    return this.entries.returnEntries(actor, input);
  }

  @Mutation(() => HourEntry, { description: 'The trainee logs a correction of a verified entry, with a reason.' })
  correctHourEntry(@CurrentActor() actor: Actor, @Args('input') input: CorrectHourEntryInput): Promise<HourEntry> {
    return this.entries.correct(actor, input);
  }

  @Query(() => HourEntryConnection, { description: 'Trainees see their own; supervisors their assigned trainees’; admins everyone’s.' })
  hourEntries(@CurrentActor() actor: Actor, @Args() args: HourEntriesArgs): Promise<HourEntryConnection> {
    return this.entries.list(actor, args);
  }

  @Query(() => HoursProgress)
  hoursProgress(@CurrentActor() actor: Actor, @Args() args: HoursProgressArgs): Promise<HoursProgress> {
    return this.progress.progress(actor, args);
  }

  @Query(() => [HoursProgress], { description: 'Every trainee the signed-in person oversees, with at-risk flags.' })
  cohortProgress(@CurrentActor() actor: Actor, @Args() args: CohortProgressArgs): Promise<HoursProgress[]> {
    return this.progress.cohort(actor, args);
  }

  @Query(() => [RequirementTemplate])
  requirementTemplates(@CurrentActor() actor: Actor): RequirementTemplate[] {
    return this.requirements.templates(actor);
  }

  @Query(() => [RequirementVersion], { description: 'The program’s requirement versions, oldest first.' })
  programRequirements(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID }, uuidPipe) programId: string): Promise<RequirementVersion[]> {
    return this.requirements.versions(actor, programId);
  }

  @Mutation(() => RequirementVersion, { description: 'PROGRAM_ADMIN only: adds a version of the requirement set.' })
  setProgramRequirements(@CurrentActor() actor: Actor, @Args('input') input: SetProgramRequirementsInput): Promise<RequirementVersion> {
    return this.requirements.setRequirements(actor, input);
  }

  @Query(() => LedgerCheck, { description: 'PROGRAM_ADMIN only: recomputes every verification signature of the program.' })
  verifyLedger(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID }, uuidPipe) programId: string): Promise<LedgerCheck> {
    return this.ledger.verifyLedger(actor, programId);
  }

  @ResolveField(() => Float, { description: 'minutes / 60, rounded to 2 decimals.' })
  hours(@Parent() entry: HourEntry): number {
    return Math.round((entry.minutes / 60) * 100) / 100;
  }
}

/** Fields of an entry that need other rows, batched per request. */
@Resolver(() => HourEntry)
export class HourEntryFieldsResolver {
  constructor(
    private readonly users: UserDirectory,
    private readonly eventLog: HourEntryEventsService,
    private readonly entries: HourEntriesService,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'De-identified free text, shown to the trainee and to the entry’s supervisor and verifier; null for anyone else (program admins see hours and sign-offs, never clinical text).',
  })
  note(@CurrentActor() actor: Actor, @Parent() entry: HourEntry): string | null {
    const readers = [entry.traineeId, entry.supervisorId, entry.verifiedById];
    return readers.includes(actor.userId) ? entry.note : null;
  }

  @ResolveField(() => User)
  trainee(@CurrentContext() context: RequestContext, @Parent() entry: HourEntry): Promise<User | null> {
    return this.users.load(context, entry.traineeId);
  }

  @ResolveField(() => User)
  supervisor(@CurrentContext() context: RequestContext, @Parent() entry: HourEntry): Promise<User | null> {
    return this.users.load(context, entry.supervisorId);
  }

  @ResolveField(() => User, { nullable: true })
  verifiedBy(@CurrentContext() context: RequestContext, @Parent() entry: HourEntry): Promise<User | null> {
    return entry.verifiedById ? this.users.load(context, entry.verifiedById) : Promise.resolve(null);
  }

  @ResolveField(() => [HourEntryEvent], { description: 'Every state change, oldest first.' })
  events(@CurrentContext() context: RequestContext, @Parent() entry: HourEntry): Promise<HourEntryEvent[]> {
    return this.eventLog.load(context, entry.id);
  }

  @ResolveField(() => HourEntry, { nullable: true, description: 'The entry that corrects this one, in whatever state.' })
  correction(@CurrentContext() context: RequestContext, @Parent() entry: HourEntry): Promise<HourEntry | null> {
    return loaderOf<string, HourEntry | null>(context, 'hourEntryCorrection', async (ids) =>
      alignTo(ids, await this.entries.correctionsOf(ids), (e) => e.correctsId!),
    ).load(entry.id);
  }
}

@Resolver(() => HourEntryEvent)
export class HourEntryEventResolver {
  constructor(private readonly users: UserDirectory) {}

  @ResolveField(() => User)
  actor(@CurrentContext() context: RequestContext, @Parent() event: HourEntryEvent): Promise<User | null> {
    return this.users.load(context, event.actorId);
  }
}
