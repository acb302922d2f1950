import { AuditEvent } from '@alliance/audit';
import { CaseThread, CaseThreadRevision, Comment, CommentRevision } from '@alliance/discussion';
import { HOURS_ENTITIES } from '@alliance/hours';
import { User } from '@alliance/identity';
import { Invitation, Membership, Program, SupervisionGroup, SupervisionGroupMember, SupervisorAssignment } from '@alliance/programs';
import { SUPERVISION_WORKFLOW_ENTITIES } from '@alliance/supervision';
import { SUPERVISION_SESSION_ENTITIES } from '@alliance/supervision/sessions';

/** Every TypeORM entity of the API. The schema itself comes from migrations/ only. */
export const ENTITIES = [User, Program, Membership, Invitation, SupervisorAssignment, SupervisionGroup, SupervisionGroupMember, AuditEvent, ...HOURS_ENTITIES, CaseThread, CaseThreadRevision, Comment, CommentRevision, ...SUPERVISION_WORKFLOW_ENTITIES, ...SUPERVISION_SESSION_ENTITIES];
