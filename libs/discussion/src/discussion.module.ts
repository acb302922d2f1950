import { Module } from '@nestjs/common';
import { IdentityModule } from '@alliance/identity';
import { CaseThreadsService } from './case-threads.service';
import { CommentsService } from './comments.service';
import { CaseThreadResolver, CommentResolver } from './discussion.resolver';
import { LiveService } from './live.service';
import { ProgramActivityService } from './program-activity.service';
import { ThreadEventsService } from './thread-events.service';
import { ThreadStatsLoader } from './thread-stats.loader';

@Module({
  imports: [IdentityModule],
  providers: [ProgramActivityService, CaseThreadsService, CommentsService, ThreadEventsService, LiveService, ThreadStatsLoader, CaseThreadResolver, CommentResolver],
  exports: [ProgramActivityService, CaseThreadsService, CommentsService, ThreadEventsService],
})
export class DiscussionModule {}
