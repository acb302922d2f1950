import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsIn, IsObject, IsOptional, IsUUID } from 'class-validator';
import { GraphQLJSON } from '@alliance/audit';
import { HourCategory } from '../rules';

@InputType({ description: 'Adds a version of the program’s requirement set, in effect from its `effectiveFrom`.' })
export class SetProgramRequirementsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  programId: string;

  @Field(() => GraphQLJSON, {
    description: 'A requirement set as in `requirementTemplates { set }`: { id, name, source, effectiveFrom, rules }.',
  })
  @IsObject({ message: 'must be a JSON object' })
  requirementSet: unknown;

  @Field(() => [HourCategory], { nullable: true, description: 'The categories the program accepts from this date; all when omitted.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(Object.values(HourCategory), { each: true })
  categories?: HourCategory[] | null;
}
