import { HourEntryEvent } from './entities/hour-entry-event.entity';
import { HourEntry } from './entities/hour-entry.entity';
import { RequirementVersion } from './entities/requirement-version.entity';

export * from './entities/hour-entry.entity';
export * from './entities/hour-entry-event.entity';
export * from './entities/requirement-version.entity';
export * from './hour-enums';
export * from './hours.module';
export * from './hour-entries.service';
export * from './hours-progress.service';
export * from './ledger.service';
export * from './requirements.service';
export * as HourRules from './rules';

/** Every entity of the hours domain, for the API's entity list. */
export const HOURS_ENTITIES = [HourEntry, HourEntryEvent, RequirementVersion];
