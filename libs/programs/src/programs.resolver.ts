import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Actor, CurrentActor, CurrentContext, DomainError, RequestContext } from '@alliance/core';
import { User, UserDirectory } from '@alliance/identity';
import { AddGroupMemberInput, AssignSupervisorInput, CreateProgramInput, CreateSupervisionGroupInput, EndAssignmentInput, InviteMemberInput } from './dto/program.inputs';
import { AcceptInvitationPayload, InvitationPayload } from './dto/program.models';
import { Membership } from './entities/membership.entity';
import { Program } from './entities/program.entity';
import { SupervisionGroup, SupervisionGroupMember } from './entities/supervision-group.entity';
import { SupervisorAssignment } from './entities/supervisor-assignment.entity';
import { ProgramRole } from './program-enums';
import { ProgramsService } from './programs.service';

const uuidPipe = new ParseUUIDPipe({ exceptionFactory: () => DomainError.badInput('Invalid id', [{ field: 'id', message: 'must be an id' }]) });

@Resolver(() => Program)
export class ProgramsResolver {
  constructor(private readonly service: ProgramsService) {}

  @Query(() => [Program], { description: 'The programs the signed-in person belongs to.' })
  programs(@CurrentActor() actor: Actor): Promise<Program[]> {
    return this.service.list(actor);
  }

  @Query(() => Program, { description: 'NOT_FOUND unless the signed-in person is a member.' })
  program(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, uuidPipe) id: string): Promise<Program> {
    return this.service.get(actor, id);
  }

  @Mutation(() => Program)
  createProgram(@CurrentActor() actor: Actor, @Args('input') input: CreateProgramInput): Promise<Program> {
    return this.service.create(actor, input);
  }

  @Mutation(() => InvitationPayload, { description: 'PROGRAM_ADMIN only.' })
  inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<InvitationPayload> {
    return this.service.invite(actor, input);
  }

  @Mutation(() => AcceptInvitationPayload, { description: 'For the signed-in person the invitation was sent to.' })
  acceptInvitation(@CurrentActor() actor: Actor, @Args('token') token: string): Promise<AcceptInvitationPayload> {
    return this.service.acceptInvitation(actor, token);
  }

  @Mutation(() => SupervisorAssignment, { description: 'PROGRAM_ADMIN only.' })
  assignSupervisor(@CurrentActor() actor: Actor, @Args('input') input: AssignSupervisorInput): Promise<SupervisorAssignment> {
    return this.service.assignSupervisor(actor, input);
  }

  @Mutation(() => SupervisorAssignment, { description: 'PROGRAM_ADMIN only.' })
  endAssignment(@CurrentActor() actor: Actor, @Args('input') input: EndAssignmentInput): Promise<SupervisorAssignment> {
    return this.service.endAssignment(actor, input);
  }

  @Mutation(() => SupervisionGroup, { description: 'PROGRAM_ADMIN only.' })
  createSupervisionGroup(@CurrentActor() actor: Actor, @Args('input') input: CreateSupervisionGroupInput): Promise<SupervisionGroup> {
    return this.service.createGroup(actor, input);
  }

  @Mutation(() => SupervisionGroup, { description: 'PROGRAM_ADMIN only.' })
  addGroupMember(@CurrentActor() actor: Actor, @Args('input') input: AddGroupMemberInput): Promise<SupervisionGroup> {
    return this.service.addGroupMember(actor, input);
  }

  @ResolveField(() => [ProgramRole], { description: "The signed-in person's roles here." })
  myRoles(@CurrentActor() actor: Actor, @Parent() program: Program): Promise<ProgramRole[]> {
    return this.service.myRoles(actor, program.id);
  }

  @ResolveField(() => [Membership], { description: 'Admins see everyone; others see staff, their supervisors or trainees, and group peers.' })
  members(@CurrentActor() actor: Actor, @Parent() program: Program): Promise<Membership[]> {
    return this.service.members(actor, program.id);
  }

  @ResolveField(() => [SupervisorAssignment], { description: 'Admins see all; others their own.' })
  assignments(@CurrentActor() actor: Actor, @Parent() program: Program): Promise<SupervisorAssignment[]> {
    return this.service.assignments(actor, program.id);
  }

  @ResolveField(() => [SupervisionGroup], { description: 'Admins see all; others the groups they are in.' })
  groups(@CurrentActor() actor: Actor, @Parent() program: Program): Promise<SupervisionGroup[]> {
    return this.service.groups(actor, program.id);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly users: UserDirectory) {}

  @ResolveField(() => User)
  user(@CurrentContext() context: RequestContext, @Parent() membership: Membership): Promise<User | null> {
    return this.users.load(context, membership.userId);
  }
}

@Resolver(() => SupervisorAssignment)
export class AssignmentResolver {
  constructor(private readonly users: UserDirectory) {}

  @ResolveField(() => User)
  trainee(@CurrentContext() context: RequestContext, @Parent() assignment: SupervisorAssignment): Promise<User | null> {
    return this.users.load(context, assignment.traineeId);
  }

  @ResolveField(() => User)
  supervisor(@CurrentContext() context: RequestContext, @Parent() assignment: SupervisorAssignment): Promise<User | null> {
    return this.users.load(context, assignment.supervisorId);
  }
}

@Resolver(() => SupervisionGroup)
export class SupervisionGroupResolver {
  constructor(private readonly programs: ProgramsService) {}

  @ResolveField(() => [SupervisionGroupMember])
  members(@Parent() group: SupervisionGroup): Promise<SupervisionGroupMember[]> {
    return this.programs.groupMembers([group.id]);
  }
}

@Resolver(() => SupervisionGroupMember)
export class SupervisionGroupMemberResolver {
  constructor(private readonly users: UserDirectory) {}

  @ResolveField(() => User)
  user(@CurrentContext() context: RequestContext, @Parent() member: SupervisionGroupMember): Promise<User | null> {
    return this.users.load(context, member.userId);
  }
}
