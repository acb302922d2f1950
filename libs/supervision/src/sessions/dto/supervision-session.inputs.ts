import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageArgs, NonBlankText } from '@alliance/core';
import { HourRules } from '@alliance/hours';
import { PhiOptionsInput, PhiOptionsField } from '@alliance/privacy';
import { SupervisionFocus, SupervisionSessionKind, SupervisorRole } from '../supervision-session-enums';

export const SESSION_LIMITS = { minMinutes: 1, maxMinutes: 600, notes: 5000, reason: 1000, site: 200, attendees: 200, threads: 50 } as const;

const DATE_MESSAGE = 'must be a date, YYYY-MM-DD';
/** A real calendar date written `YYYY-MM-DD`. */
const IsCalendarDate = () => applyDecorators(IsISO8601({ strict: true }, { message: DATE_MESSAGE }), Length(10, 10, { message: DATE_MESSAGE }));

@InputType()
export class RecordSupervisionSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field(() => SupervisionSessionKind)
  @IsEnum(SupervisionSessionKind)
  kind: SupervisionSessionKind;

  @Field(() => ID, { nullable: true, description: 'Required for GROUP (a group you lead); absent otherwise.' })
  @ValidateIf((input: RecordSupervisionSessionInput) => input.kind === SupervisionSessionKind.GROUP || input.groupId != null)
  @IsUUID('all', { message: 'must be the id of a supervision group you lead' })
  groupId?: string | null;

  @Field(() => [ID], {
    description: 'The trainees who attend: assigned to you on the session’s date (INDIVIDUAL: 1, TRIADIC: 2), or trainee members of the group (GROUP: 1 or more).',
  })
  @IsUUID('all', { each: true, message: 'must be ids' })
  @ArrayMinSize(1, { message: 'must name at least one trainee' })
  @ArrayMaxSize(SESSION_LIMITS.attendees)
  @ArrayUnique({ message: 'must not repeat a trainee' })
  traineeIds: string[];

  @Field({ description: 'When the session starts. Its date (UTC) is the date the hours are logged on.' })
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  startsAt: Date;

  @Field(() => Int, { description: `${SESSION_LIMITS.minMinutes} to ${SESSION_LIMITS.maxMinutes} minutes.` })
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(SESSION_LIMITS.minMinutes, { message: `must be at least ${SESSION_LIMITS.minMinutes} minute` })
  @Max(SESSION_LIMITS.maxMinutes, { message: `must be at most ${SESSION_LIMITS.maxMinutes} minutes` })
  durationMinutes: number;

  @Field(() => [ID], { defaultValue: [], description: 'Case threads discussed; each must be one you can read.' })
  @IsUUID('all', { each: true, message: 'must be ids' })
  @ArrayMaxSize(SESSION_LIMITS.threads)
  @ArrayUnique({ message: 'must not repeat a thread' })
  threadIds: string[] = [];

  @Field(() => String, { nullable: true, description: 'For you only; passes the de-identification guard.' })
  @IsOptional()
  @NonBlankText(SESSION_LIMITS.notes)
  privateNotes?: string | null;

  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}

@InputType()
export class CompleteSupervisionSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  sessionId: string;

  @Field({ description: 'The placement (site) the hours are logged at.' })
  @NonBlankText(SESSION_LIMITS.site)
  site: string;

  @Field(() => HourRules.HourModality, { defaultValue: HourRules.HourModality.IN_PERSON, description: 'IN_PERSON unless TELEHEALTH is given.' })
  @IsEnum(HourRules.HourModality)
  modality: HourRules.HourModality = HourRules.HourModality.IN_PERSON;
}

@InputType()
export class CancelSupervisionSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  sessionId: string;

  @Field({ description: 'Why; passes the de-identification guard.' })
  @NonBlankText(SESSION_LIMITS.reason)
  reason: string;

  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}

@InputType()
export class TagCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  commentId: string;

  @Field(() => SupervisionFocus)
  @IsEnum(SupervisionFocus)
  focus: SupervisionFocus;

  @Field(() => SupervisorRole)
  @IsEnum(SupervisorRole)
  role: SupervisorRole;
}

/** A date range, both ends included, `YYYY-MM-DD` (UTC dates). */
@ArgsType()
export class SupervisionPeriodArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field({ description: 'YYYY-MM-DD, included.' })
  @IsCalendarDate()
  from: string;

  @Field({ description: 'YYYY-MM-DD, included.' })
  @IsCalendarDate()
  to: string;
}

/** A page of sessions in a period. */
export type SupervisionSessionsArgs = SupervisionPeriodArgs & PageArgs;
