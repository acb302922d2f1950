import { NonBlankText } from '@alliance/core';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PhiOptionsInput, PhiOptionsField } from '@alliance/privacy';
import { RuptureMarker } from '../supervision-enums';

const RATING = 'must be a whole number from 1 to 7';

@InputType()
export class RecordAllianceCheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  clientCaseId: string;

  @Field(() => Int, { description: 'The session with the client this check-in follows; one check-in per session.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(10000, { message: 'must be at most 10000' })
  sessionNumber: number;

  @Field(() => Int, { description: 'Agreement on goals, 1 to 7.' })
  @IsInt({ message: RATING })
  @Min(1, { message: RATING })
  @Max(7, { message: RATING })
  goal: number;

  @Field(() => Int, { description: 'Collaboration on tasks, 1 to 7.' })
  @IsInt({ message: RATING })
  @Min(1, { message: RATING })
  @Max(7, { message: RATING })
  task: number;

  @Field(() => Int, { description: 'The bond, 1 to 7.' })
  @IsInt({ message: RATING })
  @Min(1, { message: RATING })
  @Max(7, { message: RATING })
  bond: number;

  @Field(() => Float, { nullable: true, description: 'A score the client gave, 0 to 100.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must be from 0 to 100' })
  @Max(100, { message: 'must be from 0 to 100' })
  clientRatedScore?: number | null;

  @Field(() => [RuptureMarker], { defaultValue: [] })
  @IsEnum(RuptureMarker, { each: true })
  @ArrayMaxSize(2)
  @ArrayUnique()
  ruptureMarkers: RuptureMarker[] = [];

  @Field(() => String, { nullable: true, description: 'De-identified, 1 to 2000 characters.' })
  @IsOptional()
  @NonBlankText(2000)
  note?: string | null;

  @PhiOptionsField()
  phi?: PhiOptionsInput | null;
}
