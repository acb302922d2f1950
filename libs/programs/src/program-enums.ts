import { registerEnumType } from '@nestjs/graphql';

export enum ProgramKind {
  COUNSELING_PRACTICUM = 'COUNSELING_PRACTICUM',
  COUNSELING_INTERNSHIP = 'COUNSELING_INTERNSHIP',
  POSTDEGREE_LICENSURE = 'POSTDEGREE_LICENSURE',
  PSYCHOLOGY_INTERNSHIP = 'PSYCHOLOGY_INTERNSHIP',
  SOCIAL_WORK_FIELD = 'SOCIAL_WORK_FIELD',
  MFT = 'MFT',
}

export enum ProgramRole {
  TRAINEE = 'TRAINEE',
  SUPERVISOR = 'SUPERVISOR',
  PROGRAM_ADMIN = 'PROGRAM_ADMIN',
}

export enum AssignmentRole {
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
}

export enum GroupRole {
  TRAINEE = 'TRAINEE',
  SUPERVISOR = 'SUPERVISOR',
}

registerEnumType(ProgramKind, { name: 'ProgramKind' });
registerEnumType(ProgramRole, { name: 'ProgramRole' });
registerEnumType(AssignmentRole, { name: 'AssignmentRole' });
registerEnumType(GroupRole, { name: 'GroupRole', description: 'A person’s place in a supervision group.' });
