import { AuditEvent } from '@alliance/audit';
import { User } from '@alliance/identity';
import { Invitation, Membership, Program, SupervisionGroup, SupervisionGroupMember, SupervisorAssignment } from '@alliance/programs';

/** Every TypeORM entity of the API. The schema itself comes from migrations/ only. */
export const ENTITIES = [User, Program, Membership, Invitation, SupervisorAssignment, SupervisionGroup, SupervisionGroupMember, AuditEvent];
