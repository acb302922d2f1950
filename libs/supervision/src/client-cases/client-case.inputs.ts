import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';
import { PageArgs, NonBlankText } from '@alliance/core';
import { PhiOptionsInput, PhiOptionsField } from '@alliance/privacy';
import { ClientCaseStatus } from '../supervision-enums';

export const ALIAS_MAX = 40;
const DATE_MESSAGE = 'must be a date, YYYY-MM-DD';

@InputType()
export class OpenClientCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field({ description: 'A non-identifying label such as "Client K"; unique among your cases in the program.' })
  @NonBlankText(ALIAS_MAX)
  alias: string;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Length(10, 10, { message: DATE_MESSAGE })
  startedOn: string;

  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}

@InputType()
export class UpdateClientCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  clientCaseId: string;

  @Field(() => ClientCaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ClientCaseStatus)
  status?: ClientCaseStatus;

  @Field({ nullable: true, description: 'Only for a case that is no longer ACTIVE.' })
  @IsOptional()
  @IsBoolean()
  endedPrematurely?: boolean;

  @Field({ nullable: true, description: 'The trainee only.' })
  @IsOptional()
  @NonBlankText(ALIAS_MAX)
  alias?: string;

  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}

@ArgsType()
export class ClientCasesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field(() => ID, { nullable: true, description: 'One trainee’s cases.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  traineeId?: string;

  @Field(() => [ClientCaseStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ClientCaseStatus, { each: true })
  status?: ClientCaseStatus[];
}
