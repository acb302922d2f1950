import { CommentTag } from './entities/comment-tag.entity';
import { SupervisionSession, SupervisionSessionAttendee, SupervisionSessionThread } from './entities/supervision-session.entity';

export * from './supervision-session-enums';
export * from './entities/supervision-session.entity';
export * from './entities/comment-tag.entity';
export * from './dto/supervision-session.inputs';
export * from './dto/supervision-summary.models';
export * from './supervision-sessions.service';
export * from './comment-tags.service';
export * from './supervision-summary.service';
export * from './supervision-sessions.module';

/** Every entity of supervision sessions and comment tags, for the API's entity list. */
export const SUPERVISION_SESSION_ENTITIES = [SupervisionSession, SupervisionSessionAttendee, SupervisionSessionThread, CommentTag];
