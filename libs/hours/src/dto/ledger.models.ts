import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LedgerProblem } from '../hour-enums';

@ObjectType({ description: 'A verified entry that no longer matches its verification.' })
export class LedgerMismatch {
  @Field(() => ID)
  entryId: string;

  @Field(() => ID, { nullable: true })
  traineeId: string | null;

  @Field(() => LedgerProblem)
  problem: LedgerProblem;

  @Field(() => String, { nullable: true })
  storedSignature: string | null;

  @Field(() => String, { nullable: true, description: 'The signature the entry’s current content gives.' })
  recomputedSignature: string | null;
}

@ObjectType()
export class LedgerCheck {
  @Field()
  ok: boolean;

  @Field(() => Int, { description: 'Verified entries whose signatures were recomputed.' })
  checkedEntries: number;

  @Field(() => [LedgerMismatch])
  mismatches: LedgerMismatch[];

  @Field({ description: 'SHA-256 over the signatures of all verified entries, in ledger order.' })
  ledgerHash: string;

  @Field()
  checkedAt: Date;
}
