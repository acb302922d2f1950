import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SignInInput {
  // Not validated as an email: any malformed value simply fails like a wrong password.
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}
