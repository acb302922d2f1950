import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, CurrentOrigin, Public, RequestOrigin } from '@alliance/core';
import { AuthPayload } from './dto/auth-payload.model';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { IdentityService } from './identity.service';
import { User } from './user.entity';

@Resolver(() => User)
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  signUp(@CurrentOrigin() origin: RequestOrigin, @Args('input') input: SignUpInput): Promise<AuthPayload> {
    return this.identity.signUp(origin, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Limited per email and per address; past the limit: RATE_LIMITED.' })
  signIn(@CurrentOrigin() origin: RequestOrigin, @Args('input') input: SignInInput): Promise<AuthPayload> {
    return this.identity.signIn(origin, input);
  }

  @Mutation(() => Boolean, { description: "Revokes all of the signed-in user's tokens." })
  signOut(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.identity.signOut(actor);
  }

  @Query(() => User)
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.identity.me(actor);
  }
}
