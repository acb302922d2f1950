import { Module } from '@nestjs/common';
import { DiscussionModule } from '@alliance/discussion';
import { HoursModule } from '@alliance/hours';
import { IdentityModule } from '@alliance/identity';
import { CommentTagsService } from './comment-tags.service';
import {
  CommentSupervisionTagResolver,
  SupervisionSessionAttendeeResolver,
  SupervisionSessionResolver,
  SupervisionTagResolver,
} from './supervision-sessions.resolver';
import { SupervisionSessionsService } from './supervision-sessions.service';
import { SupervisionSummaryService } from './supervision-summary.service';

/** Supervision sessions that credit hours, discrimination-model tags on comments, and the supervision summary. */
@Module({
  imports: [IdentityModule, HoursModule, DiscussionModule],
  providers: [
    SupervisionSessionsService,
    CommentTagsService,
    SupervisionSummaryService,
    SupervisionSessionResolver,
    SupervisionSessionAttendeeResolver,
    CommentSupervisionTagResolver,
    SupervisionTagResolver,
  ],
  exports: [SupervisionSessionsService, CommentTagsService, SupervisionSummaryService],
})
export class SupervisionSessionsModule {}
