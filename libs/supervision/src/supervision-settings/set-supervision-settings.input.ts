import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';

@InputType()
export class SetSupervisionSettingsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field(() => Float, { nullable: true, description: 'Points below the running mean, 0.5 to 6.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5, { message: 'must be at least 0.5' })
  @Max(6, { message: 'must be at most 6' })
  ruptureDropPoints?: number;

  @Field(() => Int, { nullable: true, description: 'Consecutive check-ins with rupture markers, 1 to 10.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(10, { message: 'must be at most 10' })
  ruptureConsecutiveMarkers?: number;
}
