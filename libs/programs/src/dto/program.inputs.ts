import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength, ArrayMaxSize, ArrayUnique } from 'class-validator';
import { AssignmentRole, GroupRole, ProgramKind, ProgramRole } from '../program-enums';

@InputType()
export class CreateProgramInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name: string;

  @Field(() => ProgramKind)
  @IsEnum(ProgramKind)
  kind: ProgramKind;

  @Field(() => String, { nullable: true, description: 'The accrediting body or licensing board, as free text.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  accreditingBody?: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => ProgramRole)
  @IsEnum(ProgramRole)
  role: ProgramRole;
}

@InputType()
export class AssignSupervisorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  traineeId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  supervisorId: string;

  @Field(() => AssignmentRole, { defaultValue: AssignmentRole.PRIMARY })
  @IsEnum(AssignmentRole)
  role: AssignmentRole = AssignmentRole.PRIMARY;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a date, YYYY-MM-DD' })
  @Length(10, 10, { message: 'must be a date, YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date, YYYY-MM-DD' })
  @Length(10, 10, { message: 'must be a date, YYYY-MM-DD' })
  endsOn?: string | null;
}

@InputType()
export class EndAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  assignmentId: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; today when omitted.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date, YYYY-MM-DD' })
  @Length(10, 10, { message: 'must be a date, YYYY-MM-DD' })
  endsOn?: string | null;
}

@InputType()
export class CreateSupervisionGroupInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name: string;

  @Field(() => [ID], { description: 'At least one supervisor of the program.' })
  @IsUUID('all', { each: true, message: 'must be ids' })
  @ArrayUnique()
  @ArrayMaxSize(20)
  supervisorIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true, message: 'must be ids' })
  @ArrayUnique()
  @ArrayMaxSize(200)
  traineeIds: string[] = [];
}

@InputType()
export class AddGroupMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  groupId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  userId: string;

  @Field(() => GroupRole)
  @IsEnum(GroupRole)
  role: GroupRole;
}
