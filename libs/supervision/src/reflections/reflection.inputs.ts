import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageArgs, NonBlankText } from '@alliance/core';
import { PhiOptionsInput, PhiOptionsField } from '@alliance/privacy';

/** Each answer's limit; five of them fit in one comment when shared. */
export const REFLECTION_FIELD_MAX = 1800;
const TEXT = `must be 1 to ${REFLECTION_FIELD_MAX} characters`;

@InputType({ description: 'A countertransference reflection; with `reflectionId`, replaces the answers of an unshared one.' })
export class SaveReflectionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field(() => ID, { nullable: true, description: 'Edit this reflection (yours, not yet shared) instead of starting one.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  reflectionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'One of your client cases.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  clientCaseId?: string | null;

  @Field({ description: 'What I felt.' })
  @NonBlankText(REFLECTION_FIELD_MAX)
  feeling: string;

  @Field(() => String, { nullable: true, description: 'When it began.' })
  @IsOptional()
  @IsString()
  @Length(1, REFLECTION_FIELD_MAX, { message: TEXT })
  beganWhen?: string | null;

  @Field(() => String, { nullable: true, description: 'Whom or what it reminds me of.' })
  @IsOptional()
  @IsString()
  @Length(1, REFLECTION_FIELD_MAX, { message: TEXT })
  remindsOf?: string | null;

  @Field(() => String, { nullable: true, description: 'How it shaped what I did.' })
  @IsOptional()
  @IsString()
  @Length(1, REFLECTION_FIELD_MAX, { message: TEXT })
  influenceOnWork?: string | null;

  @Field(() => String, { nullable: true, description: 'What I want from supervision.' })
  @IsOptional()
  @IsString()
  @Length(1, REFLECTION_FIELD_MAX, { message: TEXT })
  wantFromSupervision?: string | null;

  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}

@ArgsType()
export class ReflectionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;
}
