import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReferralReason } from '../supervision-enums';

export enum ReferralWarningCode {
  /** The only reason given is the clinician's personal values. */
  VALUES_ONLY_REFERRAL = 'VALUES_ONLY_REFERRAL',
}
registerEnumType(ReferralWarningCode, { name: 'ReferralWarningCode' });

@ObjectType({ description: 'Advice about a referral consideration; it does not block anything.' })
export class ReferralWarning {
  @Field(() => ReferralWarningCode)
  code: ReferralWarningCode;

  @Field()
  message: string;

  @Field({ description: 'The ethics code section the advice rests on.' })
  reference: string;
}

const VALUES_ONLY: ReferralWarning = {
  code: ReferralWarningCode.VALUES_ONLY_REFERRAL,
  message:
    'Counseling ethics codes do not accept a referral based solely on the counselor’s personally held values, attitudes, beliefs or behaviors. ' +
    'Bring the values conflict to supervision and seek training to work with this client, or name the clinical reason for a referral.',
  reference: 'ACA Code of Ethics (2014), Standard A.11.b, Values Within Termination and Referral',
};

/** Warnings for a set of referral reasons: values alone are not a ground for referral. */
export function referralWarnings(reasons: ReferralReason[]): ReferralWarning[] {
  return reasons.length > 0 && reasons.every((reason) => reason === ReferralReason.PERSONAL_VALUES_CONFLICT) ? [VALUES_ONLY] : [];
}
