import { Module } from '@nestjs/common';
import { DiscussionModule } from '@alliance/discussion';
import { AllianceResolver } from './alliance/alliance.resolver';
import { AllianceService } from './alliance/alliance.service';
import { ClientCasesResolver } from './client-cases/client-cases.resolver';
import { ClientCasesService } from './client-cases/client-cases.service';
import { ReferralFollowUpSweeper } from './referrals/referral-follow-up.sweeper';
import { ClientCaseReferralsResolver, ReferralsResolver } from './referrals/referrals.resolver';
import { ReferralsService } from './referrals/referrals.service';
import { ReflectionsResolver } from './reflections/reflections.resolver';
import { ReflectionsService } from './reflections/reflections.service';
import { SupervisionSettingsResolver } from './supervision-settings/supervision-settings.resolver';
import { SupervisionSettingsService } from './supervision-settings/supervision-settings.service';

/**
 * Supervision workflows: client cases, referral consultation and decisions (with the
 * follow-up sweep), alliance check-ins with rupture alerts, program supervision settings
 * and countertransference reflections.
 */
@Module({
  imports: [DiscussionModule],
  providers: [
    ClientCasesService,
    ClientCasesResolver,
    SupervisionSettingsService,
    SupervisionSettingsResolver,
    AllianceService,
    AllianceResolver,
    ReferralsService,
    ReferralsResolver,
    ClientCaseReferralsResolver,
    ReferralFollowUpSweeper,
    ReflectionsService,
    ReflectionsResolver,
  ],
  exports: [ClientCasesService, SupervisionSettingsService, ReferralFollowUpSweeper],
})
export class SupervisionModule {}
