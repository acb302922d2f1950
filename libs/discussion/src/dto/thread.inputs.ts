import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { NonBlankText, PageArgs } from '@alliance/core';
import { PhiOptionsInput, PhiOptionsField } from '@alliance/privacy';
import { CommentKind, ThreadAudience, ThreadStatus, ThreadTopic, Urgency } from '../discussion-enums';

export const LIMITS = { title: 200, threadBody: 20000, comment: 10000, alias: 40, resolution: 2000 } as const;


@InputType()
export class CreateCaseThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field(() => ThreadAudience, { defaultValue: ThreadAudience.SUPERVISORS })
  @IsEnum(ThreadAudience)
  audience: ThreadAudience = ThreadAudience.SUPERVISORS;

  @Field(() => ID, { nullable: true, description: 'Required when audience is GROUP: a group the author belongs to.' })
  @ValidateIf((input: CreateCaseThreadInput) => input.audience === ThreadAudience.GROUP || input.groupId != null)
  @IsUUID('all', { message: 'must be the id of a supervision group you belong to' })
  groupId?: string | null;

  @Field()
  @NonBlankText(LIMITS.title)
  title: string;

  @Field({ description: `Markdown, 1 to ${LIMITS.threadBody} characters.` })
  @NonBlankText(LIMITS.threadBody)
  body: string;

  @Field(() => [ThreadTopic])
  @IsEnum(ThreadTopic, { each: true })
  @ArrayMinSize(1, { message: 'must name at least one topic' })
  @ArrayMaxSize(10)
  @ArrayUnique()
  topics: ThreadTopic[];

  @Field({ description: 'A non-identifying label such as "Client K".' })
  @NonBlankText(LIMITS.alias)
  clientAlias: string;

  @Field(() => Urgency, { defaultValue: Urgency.ROUTINE })
  @IsEnum(Urgency)
  urgency: Urgency = Urgency.ROUTINE;

  @Field(() => ID, { nullable: true, description: 'One of your own client cases in the program.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  clientCaseId?: string | null;
  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}

@InputType()
export class UpdateCaseThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  threadId: string;

  @Field(() => Int, { description: 'The version the edit is based on; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ nullable: true })
  @IsOptional()
  @NonBlankText(LIMITS.title)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @NonBlankText(LIMITS.threadBody)
  body?: string;

  @Field(() => [ThreadTopic], { nullable: true })
  @IsOptional()
  @IsEnum(ThreadTopic, { each: true })
  @ArrayMinSize(1, { message: 'must name at least one topic' })
  @ArrayMaxSize(10)
  @ArrayUnique()
  topics?: ThreadTopic[];

  @Field({ nullable: true })
  @IsOptional()
  @NonBlankText(LIMITS.alias)
  clientAlias?: string;

  @Field(() => Urgency, { nullable: true })
  @IsOptional()
  @IsEnum(Urgency)
  urgency?: Urgency;

  @Field(() => ThreadStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ThreadStatus)
  status?: ThreadStatus;

  @Field(() => String, { nullable: true, description: 'What was decided; set when resolving.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.resolution)
  resolutionSummary?: string | null;
  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}

@InputType()
export class ThreadFilter {
  @Field(() => [ThreadTopic], { nullable: true, description: 'Threads with any of these topics.' })
  @IsOptional()
  @IsEnum(ThreadTopic, { each: true })
  @ArrayMaxSize(10)
  topics?: ThreadTopic[];

  @Field(() => [ThreadStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ThreadStatus, { each: true })
  status?: ThreadStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  authorId?: string;

  @Field(() => [Urgency], { nullable: true })
  @IsOptional()
  @IsEnum(Urgency, { each: true })
  urgency?: Urgency[];

  @Field({ nullable: true, description: 'Full-text search over titles, bodies and comments.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;
}

@ArgsType()
export class CaseThreadsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field(() => ThreadFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThreadFilter)
  filter?: ThreadFilter;
}

@InputType()
export class PostCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  threadId: string;

  @Field({ description: `1 to ${LIMITS.comment} characters.` })
  @NonBlankText(LIMITS.comment)
  body: string;

  @Field(() => ID, { nullable: true, description: 'Reply to this top-level comment.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  parentId?: string | null;

  @Field(() => CommentKind, { defaultValue: CommentKind.COMMENT })
  @IsEnum(CommentKind)
  kind: CommentKind = CommentKind.COMMENT;

  @Field(() => [ID], { defaultValue: [], description: 'People to @mention; each must be able to see the thread.' })
  @IsUUID('all', { each: true, message: 'must be ids' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  mentionIds: string[] = [];

  @Field({ nullable: true, description: 'Repeat a call with the same value to get the same comment, never a second one.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  clientMutationId?: string;
  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  commentId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field()
  @NonBlankText(LIMITS.comment)
  body: string;
  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}

@ArgsType()
export class CommentsArgs extends PageArgs {}
