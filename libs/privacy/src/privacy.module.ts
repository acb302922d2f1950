import { Global, Module } from '@nestjs/common';
import { PhiGuard } from './phi-guard.service';
import { PrivacyResolver } from './privacy.resolver';

@Global()
@Module({ providers: [PhiGuard, PrivacyResolver], exports: [PhiGuard] })
export class PrivacyModule {}
