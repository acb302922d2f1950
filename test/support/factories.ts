import { randomBytes } from 'node:crypto';
import { dataOf, TestApp } from './harness';

export const PASSWORD = 'correct horse battery staple';

export interface TestUser {
  id: string;
  email: string;
  token: string;
}

let counter = 0;
export function uniqueEmail(prefix = 'person'): string {
  counter += 1;
  return `${prefix}.${counter}.${randomBytes(4).toString('hex')}@example.test`;
}

export async function signUp(t: TestApp, prefix = 'person', password = PASSWORD): Promise<TestUser> {
  const email = uniqueEmail(prefix);
  const data = dataOf(await t.gql(SIGN_UP, { input: { email, password, displayName: `Test ${prefix}` } }));
  return { id: data.signUp.user.id, email, token: data.signUp.accessToken };
}

/** A program with an admin, supervisors and trainees who accepted their invitations. */
export interface TestProgram {
  id: string;
  admin: TestUser;
  supervisors: TestUser[];
  trainees: TestUser[];
}

export async function createProgram(t: TestApp, admin?: TestUser): Promise<{ id: string; admin: TestUser }> {
  const owner = admin ?? (await signUp(t, 'admin'));
  const data = dataOf(await t.gql(CREATE_PROGRAM, { input: { name: 'Practicum', kind: 'COUNSELING_PRACTICUM' } }, owner.token));
  return { id: data.createProgram.id, admin: owner };
}

export async function addMember(t: TestApp, programId: string, admin: TestUser, role: 'TRAINEE' | 'SUPERVISOR' | 'PROGRAM_ADMIN', person?: TestUser): Promise<TestUser> {
  const member = person ?? (await signUp(t, role.toLowerCase()));
  const invited = dataOf(await t.gql(INVITE, { input: { programId, email: member.email, role } }, admin.token));
  dataOf(await t.gql(ACCEPT, { token: invited.inviteMember.token }, member.token));
  return member;
}

export async function assign(t: TestApp, programId: string, admin: TestUser, trainee: TestUser, supervisor: TestUser, startsOn = '2020-01-01'): Promise<string> {
  const data = dataOf(await t.gql(ASSIGN, { input: { programId, traineeId: trainee.id, supervisorId: supervisor.id, startsOn } }, admin.token));
  return data.assignSupervisor.id;
}

/**
 * A program with `supervisors` supervisors and `trainees` trainees; trainee i is assigned
 * to supervisor i % supervisors (when `assignAll` is on).
 */
export async function createStaffedProgram(t: TestApp, opts: { supervisors?: number; trainees?: number; assignAll?: boolean } = {}): Promise<TestProgram> {
  const { id, admin } = await createProgram(t);
  const supervisors: TestUser[] = [];
  const trainees: TestUser[] = [];
  for (let i = 0; i < (opts.supervisors ?? 1); i++) supervisors.push(await addMember(t, id, admin, 'SUPERVISOR'));
  for (let i = 0; i < (opts.trainees ?? 1); i++) trainees.push(await addMember(t, id, admin, 'TRAINEE'));
  if (opts.assignAll ?? true) {
    for (const [i, trainee] of trainees.entries()) await assign(t, id, admin, trainee, supervisors[i % supervisors.length]);
  }
  return { id, admin, supervisors, trainees };
}

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id email } } }`;
const CREATE_PROGRAM = `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id } } }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(token: $token) { membership { id role } } }`;
const ASSIGN = `mutation ($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { id } }`;
