import { NonBlankText } from '@alliance/core';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';
import { PhiOptionsInput, PhiOptionsField } from '@alliance/privacy';
import { ReferralOutcome, ReferralReason } from '../supervision-enums';

export const REFERRAL_TEXT_MAX = 4000;
const DATE_MESSAGE = 'must be a date, YYYY-MM-DD';

@InputType()
export class RecordReferralConsiderationInput {
  @Field(() => ID, { description: 'One of your threads with the REFERRAL topic.' })
  @IsUUID('all', { message: 'must be an id' })
  threadId: string;

  @Field(() => [ReferralReason])
  @IsEnum(ReferralReason, { each: true })
  @ArrayMinSize(1, { message: 'must name at least one reason' })
  @ArrayMaxSize(8)
  @ArrayUnique()
  reasons: ReferralReason[];

  @Field({ description: 'What has been tried so far; de-identified.' })
  @NonBlankText(REFERRAL_TEXT_MAX)
  whatWasTried: string;

  @Field({ description: 'The options considered (continue, consult, refer, transfer…); de-identified.' })
  @NonBlankText(REFERRAL_TEXT_MAX)
  optionsConsidered: string;

  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}

@InputType()
export class DecideReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  considerationId: string;

  @Field(() => ReferralOutcome)
  @IsEnum(ReferralOutcome)
  decision: ReferralOutcome;

  @Field({ description: 'Why; de-identified.' })
  @NonBlankText(REFERRAL_TEXT_MAX)
  rationale: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later: the day you want to be reminded to follow up.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Length(10, 10, { message: DATE_MESSAGE })
  followUpOn?: string | null;

  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}
