import { AllianceCheckIn } from './alliance/alliance-check-in.entity';
import { ClientCase } from './client-cases/client-case.entity';
import { ReferralConsideration, ReferralDecision } from './referrals/referral.entities';
import { Reflection } from './reflections/reflection.entity';
import { SupervisionSettings } from './supervision-settings/supervision-settings.entity';

export * from './supervision-enums';
export * from './supervision.module';
export * from './client-cases/client-case.entity';
export * from './client-cases/client-cases.service';
export * from './alliance/alliance-check-in.entity';
export * from './alliance/alliance.service';
export * from './alliance/rupture';
export * from './referrals/referral.entities';
export * from './referrals/referral.models';
export * from './referrals/referrals.service';
export * from './referrals/referral-follow-up.sweeper';
export * from './reflections/reflection.entity';
export * from './reflections/reflections.service';
export * from './supervision-settings/supervision-settings.entity';
export * from './supervision-settings/supervision-settings.service';
export * from './sessions';

/** The entities of client cases, referrals, alliance check-ins, settings and reflections, for the API's entity list. */
export const SUPERVISION_WORKFLOW_ENTITIES = [ClientCase, AllianceCheckIn, ReferralConsideration, ReferralDecision, SupervisionSettings, Reflection];
