import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../user.entity';

@ObjectType({ description: 'A signed-in session: send `Authorization: Bearer <accessToken>`.' })
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
