import { rawQuery } from './support/test-database';
import { codeOf, dataOf, startTestApp, TestApp } from './support/harness';
import { addMember, assign, createProgram, createStaffedProgram, signUp } from './support/factories';

describe('programs, invitations and assignments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { INVITATION_TTL: '2s' } });
  });
  afterAll(() => t.close());

  it('makes the creator the program admin', async () => {
    const { id, admin } = await createProgram(t);
    const data = dataOf(await t.gql(PROGRAM, { id }, admin.token));
    expect(data.program.myRoles).toEqual(['PROGRAM_ADMIN']);
    expect(data.program.members.map((m: any) => [m.user.id, m.role])).toEqual([[admin.id, 'PROGRAM_ADMIN']]);
  });

  it('lets an invitee accept once, and refuses the token a second time', async () => {
    const { id, admin } = await createProgram(t);
    const trainee = await signUp(t, 'trainee');
    const invited = dataOf(await t.gql(INVITE, { input: { programId: id, email: trainee.email.toUpperCase(), role: 'TRAINEE' } }, admin.token));
    const accepted = dataOf(await t.gql(ACCEPT, { token: invited.inviteMember.token }, trainee.token));
    expect(accepted.acceptInvitation.membership.role).toBe('TRAINEE');
    expect(codeOf(await t.gql(ACCEPT, { token: invited.inviteMember.token }, trainee.token))).toBe('CONFLICT');
    const programs = dataOf(await t.gql(PROGRAMS, {}, trainee.token));
    expect(programs.programs.map((p: any) => p.id)).toEqual([id]);
  });

  it('refuses an expired invitation', async () => {
    const { id, admin } = await createProgram(t);
    const trainee = await signUp(t, 'late');
    const invited = dataOf(await t.gql(INVITE, { input: { programId: id, email: trainee.email, role: 'TRAINEE' } }, admin.token));
    await new Promise((resolve) => setTimeout(resolve, 2200));
    const res = await t.gql(ACCEPT, { token: invited.inviteMember.token }, trainee.token);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0].message).toMatch(/expired/);
  });

  it('refuses an invitation accepted by someone it was not sent to, and an unknown token', async () => {
    const { id, admin } = await createProgram(t);
    const invitee = await signUp(t, 'invitee');
    const other = await signUp(t, 'other');
    const invited = dataOf(await t.gql(INVITE, { input: { programId: id, email: invitee.email, role: 'SUPERVISOR' } }, admin.token));
    expect(codeOf(await t.gql(ACCEPT, { token: invited.inviteMember.token }, other.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ACCEPT, { token: 'not-a-token' }, other.token))).toBe('NOT_FOUND');
    expect(dataOf(await t.gql(ACCEPT, { token: invited.inviteMember.token }, invitee.token)).acceptInvitation.membership.role).toBe('SUPERVISOR');
  });

  it('lets only a program admin invite', async () => {
    const p = await createStaffedProgram(t, { supervisors: 1, trainees: 1 });
    const res = await t.gql(INVITE, { input: { programId: p.id, email: 'x@example.test', role: 'TRAINEE' } }, p.supervisors[0].token);
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('hides a program from a trainee of another program', async () => {
    const mine = await createStaffedProgram(t, { trainees: 1 });
    const theirs = await createStaffedProgram(t, { trainees: 1 });
    expect(codeOf(await t.gql(PROGRAM, { id: theirs.id }, mine.trainees[0].token))).toBe('NOT_FOUND');
    const programs = dataOf(await t.gql(PROGRAMS, {}, mine.trainees[0].token));
    expect(programs.programs.map((p: any) => p.id)).toEqual([mine.id]);
  });

  it('shows a supervisor only the trainees assigned to them', async () => {
    const p = await createStaffedProgram(t, { supervisors: 2, trainees: 4 });
    const [first] = p.supervisors;
    const data = dataOf(await t.gql(PROGRAM, { id: p.id }, first.token));
    const visibleTrainees = data.program.members.filter((m: any) => m.role === 'TRAINEE').map((m: any) => m.user.id).sort();
    expect(visibleTrainees).toEqual([p.trainees[0].id, p.trainees[2].id].sort());
    expect(data.program.assignments.every((a: any) => a.supervisor.id === first.id)).toBe(true);
    expect(data.program.assignments).toHaveLength(2);
  });

  it('lets one person hold different roles in different programs', async () => {
    const a = await createProgram(t);
    const b = await createProgram(t);
    const person = await addMember(t, a.id, a.admin, 'SUPERVISOR');
    await addMember(t, b.id, b.admin, 'TRAINEE', person);
    expect(dataOf(await t.gql(PROGRAM, { id: a.id }, person.token)).program.myRoles).toEqual(['SUPERVISOR']);
    expect(dataOf(await t.gql(PROGRAM, { id: b.id }, person.token)).program.myRoles).toEqual(['TRAINEE']);
  });

  it('ends an assignment, after which the supervisor no longer sees the trainee', async () => {
    const p = await createStaffedProgram(t, { supervisors: 1, trainees: 1, assignAll: false });
    const assignmentId = await assign(t, p.id, p.admin, p.trainees[0], p.supervisors[0], '2020-01-01');
    const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
    const ended = dataOf(await t.gql(END, { input: { assignmentId, endsOn: yesterday } }, p.admin.token));
    expect(ended.endAssignment.endsOn).toBe(yesterday);
    const data = dataOf(await t.gql(PROGRAM, { id: p.id }, p.supervisors[0].token));
    expect(data.program.members.filter((m: any) => m.role === 'TRAINEE')).toEqual([]);
  });

  it('refuses to assign someone who is not a supervisor of the program, and stores nothing', async () => {
    const p = await createStaffedProgram(t, { supervisors: 1, trainees: 2, assignAll: false });
    const res = await t.gql(ASSIGN, { input: { programId: p.id, traineeId: p.trainees[0].id, supervisorId: p.trainees[1].id, startsOn: '2024-01-01' } }, p.admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields[0].field).toBe('supervisorId');
    expect(dataOf(await t.gql(PROGRAM, { id: p.id }, p.admin.token)).program.assignments).toEqual([]);
  });

  it('validates dates with field-level messages', async () => {
    const p = await createStaffedProgram(t, { supervisors: 1, trainees: 1, assignAll: false });
    const res = await t.gql(ASSIGN, { input: { programId: p.id, traineeId: p.trainees[0].id, supervisorId: p.supervisors[0].id, startsOn: '2024-02-30x' } }, p.admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields.map((f: any) => f.field)).toContain('startsOn');
  });

  it('creates a supervision group and adds a member; peers see each other', async () => {
    const p = await createStaffedProgram(t, { supervisors: 1, trainees: 3 });
    const created = dataOf(await t.gql(CREATE_GROUP, { input: { programId: p.id, name: 'Tuesday group', supervisorIds: [p.supervisors[0].id], traineeIds: [p.trainees[0].id] } }, p.admin.token));
    const groupId = created.createSupervisionGroup.id;
    dataOf(await t.gql(ADD_GROUP_MEMBER, { input: { groupId, userId: p.trainees[1].id, role: 'TRAINEE' } }, p.admin.token));
    expect(codeOf(await t.gql(ADD_GROUP_MEMBER, { input: { groupId, userId: p.trainees[1].id, role: 'TRAINEE' } }, p.admin.token))).toBe('CONFLICT');
    const seen = dataOf(await t.gql(PROGRAM, { id: p.id }, p.trainees[0].token));
    expect(seen.program.groups).toHaveLength(1);
    expect(seen.program.groups[0].members.map((m: any) => m.user.id).sort()).toEqual([p.supervisors[0].id, p.trainees[0].id, p.trainees[1].id].sort());
    const traineesSeen = seen.program.members.filter((m: any) => m.role === 'TRAINEE').map((m: any) => m.user.id).sort();
    expect(traineesSeen).toEqual([p.trainees[0].id, p.trainees[1].id].sort());
    expect(dataOf(await t.gql(PROGRAM, { id: p.id }, p.trainees[2].token)).program.groups).toEqual([]);
  });

  it('records audit events for administrative changes', async () => {
    const p = await createStaffedProgram(t, { supervisors: 1, trainees: 1 });
    const rows = await rawQuery<{ action: string }>(t.db, `SELECT action FROM audit_events WHERE program_id = $1 ORDER BY occurred_at`, [p.id]);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['program.created', 'invitation.created', 'invitation.accepted', 'assignment.created']));
  });
});

const PROGRAMS = `query { programs { id name } }`;
const PROGRAM = `query ($id: ID!) { program(id: $id) { id myRoles members { role user { id } } assignments { id endsOn supervisor { id } trainee { id } } groups { id name members { role user { id } } } } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email role expiresAt } } }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(token: $token) { membership { id role } } }`;
const ASSIGN = `mutation ($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { id } }`;
const END = `mutation ($input: EndAssignmentInput!) { endAssignment(input: $input) { id endsOn } }`;
const CREATE_GROUP = `mutation ($input: CreateSupervisionGroupInput!) { createSupervisionGroup(input: $input) { id name } }`;
const ADD_GROUP_MEMBER = `mutation ($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }`;
