import { Field, ObjectType } from '@nestjs/graphql';
import { Invitation } from '../entities/invitation.entity';
import { Membership } from '../entities/membership.entity';

@ObjectType({ description: 'The invitation and its one-time token. The token is shown only here, once.' })
export class InvitationPayload {
  @Field(() => Invitation)
  invitation: Invitation;

  @Field()
  token: string;
}

@ObjectType()
export class AcceptInvitationPayload {
  @Field(() => Membership)
  membership: Membership;
}
