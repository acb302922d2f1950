import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@alliance/core';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { SignInLimiter } from './sign-in-limiter';
import { TokenService } from './token.service';
import { UserDirectory } from './user-directory';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [IdentityService, IdentityResolver, TokenService, SignInLimiter, UserDirectory],
  exports: [IdentityService, TokenService, UserDirectory],
})
export class IdentityModule {}
