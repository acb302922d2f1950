export * from './case-threads.service';
export * from './comments.service';
export * from './discussion-enums';
export * from './discussion.module';
export * from './entities/case-thread.entity';
export * from './entities/comment.entity';
export * from './thread-events.service';
