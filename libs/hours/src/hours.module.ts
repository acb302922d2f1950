import { Module } from '@nestjs/common';
import { IdentityModule } from '@alliance/identity';
import { HourEntriesService } from './hour-entries.service';
import { HourEntryEventsService } from './hour-entry-events.service';
import { HoursExportController } from './hours-export.controller';
import { HoursExportService } from './hours-export.service';
import { HoursProgressService } from './hours-progress.service';
import { HourEntryEventResolver, HourEntryFieldsResolver, HoursResolver } from './hours.resolver';
import { LedgerService } from './ledger.service';
import { RequirementsService } from './requirements.service';

/** Training hours: entries and their verification, requirements, progress, the ledger check and exports. */
@Module({
  imports: [IdentityModule],
  controllers: [HoursExportController],
  providers: [
    HourEntriesService,
    HourEntryEventsService,
    HoursProgressService,
    RequirementsService,
    LedgerService,
    HoursExportService,
    HoursResolver,
    HourEntryFieldsResolver,
    HourEntryEventResolver,
    // The de-identification seam: swap for a guard backed by @alliance/deid when it lands.
  ],
  exports: [HourEntriesService, HoursProgressService, RequirementsService],
})
export class HoursModule {}
