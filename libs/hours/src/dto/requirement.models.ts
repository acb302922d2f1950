import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@alliance/audit';
import { RequirementSet } from '../rules';

@ObjectType({ description: 'A requirement set to copy and edit, with the standard it comes from.' })
export class RequirementTemplate {
  @Field()
  key: string;

  @Field()
  name: string;

  @Field({ description: 'Citation of the standard or regulation.' })
  source: string;

  @Field({ description: 'How the standard was modelled and what to check before relying on it.' })
  note: string;

  @Field(() => GraphQLJSON, { description: 'The rule set: pass it (edited) to setProgramRequirements.' })
  set: RequirementSet;
}
