import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService, today } from '@alliance/access';
import { AuditService } from '@alliance/audit';
import { PubSubEngine } from 'graphql-subscriptions';
import { accessChannel, Actor, APP_CONFIG, AppConfig, DomainError, PUB_SUB, UnitOfWork } from '@alliance/core';
import { normalizeEmail } from '@alliance/identity';
import { AddGroupMemberInput, AssignSupervisorInput, CreateProgramInput, CreateSupervisionGroupInput, EndAssignmentInput, InviteMemberInput } from './dto/program.inputs';
import { AcceptInvitationPayload, InvitationPayload } from './dto/program.models';
import { Invitation } from './entities/invitation.entity';
import { Membership } from './entities/membership.entity';
import { Program } from './entities/program.entity';
import { SupervisionGroup, SupervisionGroupMember } from './entities/supervision-group.entity';
import { SupervisorAssignment } from './entities/supervisor-assignment.entity';
import { MAILER, Mailer } from './mailer';
import { GroupRole, ProgramRole } from './program-enums';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Programs and the people in them: memberships, invitations, supervisor assignments and
 * supervision groups. Every method takes the actor first and asks the access service.
 */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  /** Live streams re-check who may read what in the program as soon as this commits. */
  private announceAccessChange(programId: string): () => Promise<void> {
    return () => this.pubSub.publish(accessChannel(programId), { programId });
  }

  /** Creates a program; its creator becomes its first PROGRAM_ADMIN. */
  async create(actor: Actor, input: CreateProgramInput): Promise<Program> {
    return this.uow.run(async ({ manager }) => {
      const program = await manager.save(
        manager.create(Program, { name: input.name.trim(), kind: input.kind, accreditingBody: input.accreditingBody?.trim() || null, createdById: actor.userId }),
      );
      await manager.insert(Membership, { programId: program.id, userId: actor.userId, role: ProgramRole.PROGRAM_ADMIN });
      await this.audit.record(manager, actor, { action: 'program.created', targetType: 'program', targetId: program.id, programId: program.id });
      return program;
    });
  }

  async list(actor: Actor): Promise<Program[]> {
    const ids = await this.access.programIdsOf(actor);
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(Program).find({ where: { id: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async get(actor: Actor, programId: string): Promise<Program> {
    await this.access.requireMember(actor, programId);
    return this.dataSource.getRepository(Program).findOneByOrFail({ id: programId });
  }

  /** The actor's own roles in a program. */
  async myRoles(actor: Actor, programId: string): Promise<ProgramRole[]> {
    return [...(await this.access.rolesIn(actor, programId))];
  }

  /** Members the actor may see (see AccessService.visibleMemberIds). */
  async members(actor: Actor, programId: string): Promise<Membership[]> {
    await this.access.requireMember(actor, programId);
    const all = await this.dataSource.getRepository(Membership).find({ where: { programId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const visible = await this.access.visibleMemberIds(actor, programId, [...new Set(all.map((m) => m.userId))]);
    return all.filter((m) => visible.has(m.userId));
  }

  /** Admins see every assignment; supervisors and trainees see their own. */
  async assignments(actor: Actor, programId: string): Promise<SupervisorAssignment[]> {
    const roles = await this.access.requireMember(actor, programId);
    const repo = this.dataSource.getRepository(SupervisorAssignment);
    const order = { startsOn: 'ASC' as const, id: 'ASC' as const };
    if (roles.has(ProgramRole.PROGRAM_ADMIN)) return repo.find({ where: { programId }, order });
    return repo.find({ where: [{ programId, supervisorId: actor.userId }, { programId, traineeId: actor.userId }], order });
  }

  /** Admins see every group; others the groups they belong to. */
  async groups(actor: Actor, programId: string): Promise<SupervisionGroup[]> {
    const roles = await this.access.requireMember(actor, programId);
    if (roles.has(ProgramRole.PROGRAM_ADMIN)) {
      return this.dataSource.getRepository(SupervisionGroup).find({ where: { programId }, order: { name: 'ASC' } });
    }
    return this.dataSource
      .getRepository(SupervisionGroup)
      .createQueryBuilder('g')
      .innerJoin(SupervisionGroupMember, 'gm', 'gm.group_id = g.id AND gm.user_id = :userId', { userId: actor.userId })
      .where('g.program_id = :programId', { programId })
      .orderBy('g.name', 'ASC')
      .getMany();
  }

  async groupMembers(groupIds: string[]): Promise<SupervisionGroupMember[]> {
    if (groupIds.length === 0) return [];
    return this.dataSource.getRepository(SupervisionGroupMember).find({ where: { groupId: In(groupIds) }, order: { createdAt: 'ASC' } });
  }

  /**
   * Invites a person by email. The token goes back to the admin (and to the mailer); only
   * its hash is stored. It expires after INVITATION_TTL and works once.
   */
  async invite(actor: Actor, input: InviteMemberInput): Promise<InvitationPayload> {
    await this.access.requireRole(actor, input.programId, [ProgramRole.PROGRAM_ADMIN]);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.invitationTtlSeconds * 1000);
    const email = normalizeEmail(input.email);
    const result = await this.uow.run(async ({ manager, afterCommit }) => {
      const program = await manager.findOneByOrFail(Program, { id: input.programId });
      const invitation = await manager.save(
        manager.create(Invitation, { programId: input.programId, email, role: input.role, tokenHash: hashToken(token), invitedById: actor.userId, expiresAt }),
      );
      await this.audit.record(manager, actor, { action: 'invitation.created', targetType: 'invitation', targetId: invitation.id, programId: input.programId, metadata: { role: input.role } });
      afterCommit(() => this.mailer.sendInvitation({ to: email, programName: program.name, role: input.role, token, expiresAt }));
      return invitation;
    });
    return { invitation: result, token };
  }

  /**
   * Accepts an invitation for the signed-in person, whose email must be the invited one.
   * Claiming the token is one conditional UPDATE, so two concurrent accepts cannot both win.
   */
  async acceptInvitation(actor: Actor, token: string): Promise<AcceptInvitationPayload> {
    return this.uow.run(async ({ manager }) => {
      // For UPDATE, TypeORM answers [rows, affectedCount].
      const [claimed]: [Array<{ id: string; program_id: string; role: ProgramRole }>, number] = await manager.query(
        `UPDATE invitations SET accepted_at = now(), accepted_by_id = $2
          WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() AND email = $3
          RETURNING id, program_id, role`,
        [hashToken(token), actor.userId, normalizeEmail(actor.email)],
      );
      const invitation = claimed[0];
      if (!invitation) throw await this.explainRefusedInvitation(manager, token, actor);
      await manager.query(
        `INSERT INTO memberships (program_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (program_id, user_id, role) DO NOTHING`,
        [invitation.program_id, actor.userId, invitation.role],
      );
      const membership = await manager.findOneByOrFail(Membership, { programId: invitation.program_id, userId: actor.userId, role: invitation.role });
      await this.audit.record(manager, actor, { action: 'invitation.accepted', targetType: 'invitation', targetId: invitation.id, programId: invitation.program_id, metadata: { role: invitation.role } });
      return { membership };
    });
  }

  private async explainRefusedInvitation(manager: EntityManager, token: string, actor: Actor): Promise<DomainError> {
    const invitation = await manager.findOneBy(Invitation, { tokenHash: hashToken(token) });
    if (!invitation) return DomainError.notFound('Invitation');
    if (invitation.acceptedAt) return DomainError.conflict('This invitation has already been used');
    if (invitation.expiresAt.getTime() <= Date.now()) return DomainError.conflict('This invitation has expired; ask for a new one', { reason: 'EXPIRED' });
    if (invitation.email !== normalizeEmail(actor.email)) return DomainError.forbidden('This invitation was sent to another email address');
    return DomainError.conflict('This invitation cannot be accepted');
  }

  async assignSupervisor(actor: Actor, input: AssignSupervisorInput): Promise<SupervisorAssignment> {
    await this.access.requireRole(actor, input.programId, [ProgramRole.PROGRAM_ADMIN]);
    if (input.traineeId === input.supervisorId) {
      throw DomainError.badInput('A trainee cannot supervise themself', [{ field: 'supervisorId', message: 'must differ from traineeId' }]);
    }
    if (input.endsOn && input.endsOn < input.startsOn) {
      throw DomainError.badInput('The assignment ends before it starts', [{ field: 'endsOn', message: 'must be on or after startsOn' }]);
    }
    return this.uow.run(async ({ manager }) => {
      await this.requireMembership(manager, input.programId, input.traineeId, ProgramRole.TRAINEE, 'traineeId');
      await this.requireMembership(manager, input.programId, input.supervisorId, ProgramRole.SUPERVISOR, 'supervisorId');
      const overlapping: unknown[] = await manager.query(
        `SELECT 1 FROM supervisor_assignments
          WHERE program_id = $1 AND trainee_id = $2 AND supervisor_id = $3
            AND daterange(starts_on, ends_on, '[]') && daterange($4::date, $5::date, '[]')`,
        [input.programId, input.traineeId, input.supervisorId, input.startsOn, input.endsOn ?? null],
      );
      if (overlapping.length > 0) throw DomainError.conflict('This supervisor is already assigned to this trainee for some of these dates');
      const assignment = await manager.save(
        manager.create(SupervisorAssignment, {
          programId: input.programId,
          traineeId: input.traineeId,
          supervisorId: input.supervisorId,
          role: input.role,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          createdById: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, { action: 'assignment.created', targetType: 'supervisor_assignment', targetId: assignment.id, programId: input.programId, metadata: { role: input.role } });
      return assignment;
    });
  }

  async endAssignment(actor: Actor, input: EndAssignmentInput): Promise<SupervisorAssignment> {
    const assignment = await this.dataSource.getRepository(SupervisorAssignment).findOneBy({ id: input.assignmentId });
    if (!assignment) throw DomainError.notFound('Assignment');
    await this.access.requireRole(actor, assignment.programId, [ProgramRole.PROGRAM_ADMIN]);
    const endsOn = input.endsOn ?? today();
    if (endsOn < assignment.startsOn) {
      throw DomainError.badInput('The assignment cannot end before it starts', [{ field: 'endsOn', message: 'must be on or after the start date' }]);
    }
    if (assignment.endsOn && assignment.endsOn <= endsOn) throw DomainError.conflict('This assignment already ends on or before that date');
    return this.uow.run(async ({ manager, afterCommit }) => {
      afterCommit(this.announceAccessChange(assignment.programId));
      await manager.update(SupervisorAssignment, { id: assignment.id }, { endsOn });
      await this.audit.record(manager, actor, { action: 'assignment.ended', targetType: 'supervisor_assignment', targetId: assignment.id, programId: assignment.programId, metadata: { endsOn } });
      return manager.findOneByOrFail(SupervisorAssignment, { id: assignment.id });
    });
  }

  async createGroup(actor: Actor, input: CreateSupervisionGroupInput): Promise<SupervisionGroup> {
    await this.access.requireRole(actor, input.programId, [ProgramRole.PROGRAM_ADMIN]);
    if (input.supervisorIds.length === 0) {
      throw DomainError.badInput('A supervision group needs at least one supervisor', [{ field: 'supervisorIds', message: 'must not be empty' }]);
    }
    return this.uow.run(async ({ manager }) => {
      const clash: unknown[] = await manager.query(`SELECT 1 FROM supervision_groups WHERE program_id = $1 AND lower(name) = lower($2)`, [input.programId, input.name.trim()]);
      if (clash.length > 0) throw DomainError.conflict('A supervision group with this name already exists in the program');
      const group = await manager.save(manager.create(SupervisionGroup, { programId: input.programId, name: input.name.trim() }));
      for (const userId of input.supervisorIds) await this.addMember(manager, group, userId, GroupRole.SUPERVISOR, 'supervisorIds');
      for (const userId of input.traineeIds) await this.addMember(manager, group, userId, GroupRole.TRAINEE, 'traineeIds');
      await this.audit.record(manager, actor, { action: 'group.created', targetType: 'supervision_group', targetId: group.id, programId: input.programId });
      return group;
    });
  }

  async addGroupMember(actor: Actor, input: AddGroupMemberInput): Promise<SupervisionGroup> {
    const group = await this.dataSource.getRepository(SupervisionGroup).findOneBy({ id: input.groupId });
    if (!group) throw DomainError.notFound('Supervision group');
    await this.access.requireRole(actor, group.programId, [ProgramRole.PROGRAM_ADMIN]);
    return this.uow.run(async ({ manager, afterCommit }) => {
      afterCommit(this.announceAccessChange(group.programId));
      const existing = await manager.findOneBy(SupervisionGroupMember, { groupId: group.id, userId: input.userId });
      if (existing) throw DomainError.conflict('This person is already in the group');
      await this.addMember(manager, group, input.userId, input.role, 'userId');
      await this.audit.record(manager, actor, { action: 'group.member_added', targetType: 'supervision_group', targetId: group.id, programId: group.programId, metadata: { userId: input.userId, role: input.role } });
      return group;
    });
  }

  private async addMember(manager: EntityManager, group: SupervisionGroup, userId: string, role: GroupRole, field: string): Promise<void> {
    const programRole = role === GroupRole.SUPERVISOR ? ProgramRole.SUPERVISOR : ProgramRole.TRAINEE;
    await this.requireMembership(manager, group.programId, userId, programRole, field);
    await manager.insert(SupervisionGroupMember, { groupId: group.id, userId, role });
  }

  private async requireMembership(manager: EntityManager, programId: string, userId: string, role: ProgramRole, field: string): Promise<void> {
    const found = await manager.existsBy(Membership, { programId, userId, role });
    if (!found) {
      throw DomainError.badInput(`That person is not a ${role.toLowerCase().replace('_', ' ')} of this program`, [{ field, message: `must be a ${role} of the program` }]);
    }
  }
}
