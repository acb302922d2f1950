import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsHexadecimal, IsInt, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PhiKind } from '@alliance/deid';

registerEnumType(PhiKind, { name: 'PhiKind', description: 'HIPAA Safe Harbor identifier kinds the guard detects.' });

export enum PhiHandling {
  /** Refuse the write with PHI_DETECTED and where each identifier was found (the default). */
  REJECT = 'REJECT',
  /** Store the text with each identifier replaced by `[KIND]`. */
  REDACT = 'REDACT',
}
registerEnumType(PhiHandling, { name: 'PhiHandling' });

@ObjectType({ description: 'An identifier found in a text. `start`/`end` are UTF-16 offsets, end exclusive.' })
export class PhiFinding {
  @Field(() => PhiKind)
  kind: PhiKind;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field()
  text: string;

  @Field(() => Float)
  confidence: number;

  @Field({ description: 'SHA-256 of the text: send it back to acknowledge a false alarm.' })
  textHash: string;
}

@ObjectType()
export class DeidentifyResult {
  @Field(() => [PhiFinding])
  findings: PhiFinding[];

  @Field()
  redactedText: string;
}

@ObjectType({ description: 'What a REDACT write replaced (kinds and places, never the text).' })
export class PhiRedaction {
  @Field()
  field: string;

  @Field(() => PhiKind)
  kind: PhiKind;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;
}

@InputType({ description: 'A finding the author confirms is not identifying, matched by field, offsets and text hash.' })
export class AcknowledgedFindingInput {
  @Field()
  @IsString()
  @Length(1, 40)
  field: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  start: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  end: number;

  @Field()
  @IsHexadecimal()
  @Length(64, 64)
  textHash: string;
}

@InputType({ description: 'How the de-identification guard treats this write.' })
export class PhiOptionsInput {
  @Field(() => PhiHandling, { defaultValue: PhiHandling.REJECT })
  @IsEnum(PhiHandling)
  handling: PhiHandling = PhiHandling.REJECT;

  @Field(() => [AcknowledgedFindingInput], { defaultValue: [] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AcknowledgedFindingInput)
  @ArrayMaxSize(50)
  acknowledged: AcknowledgedFindingInput[] = [];
}
