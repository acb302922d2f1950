import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alliance/core';
import { IdentityModule } from '@alliance/identity';
import { LogMailer, MAILER } from './mailer';
import { AssignmentResolver, MembershipResolver, ProgramsResolver, SupervisionGroupMemberResolver, SupervisionGroupResolver } from './programs.resolver';
import { ProgramsService } from './programs.service';

@Module({
  imports: [IdentityModule],
  providers: [
    ProgramsService,
    ProgramsResolver,
    MembershipResolver,
    AssignmentResolver,
    SupervisionGroupResolver,
    SupervisionGroupMemberResolver,
    { provide: MAILER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LogMailer(!config.isProduction) },
  ],
  exports: [ProgramsService],
})
export class ProgramsModule {}
