import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, APP_CONFIG, AppConfig, appLogger } from '@alliance/core';
import { IdentityService, User } from '@alliance/identity';
import { AssignmentRole, ProgramKind, ProgramRole, ProgramsService } from '@alliance/programs';
import { CaseThreadsService, CommentKind, CommentsService, ThreadAudience, ThreadTopic, Urgency } from '@alliance/discussion';
import { HourEntriesService, HourRules } from '@alliance/hours';

const { HourCategory, HourModality } = HourRules;

/** The demo sign-ins printed at start-up. Demo data only: invented people, no client data. */
export const DEMO_PASSWORD = 'alliance-demo-2026';
export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.alliance.test', displayName: 'Avery Admin (demo)', role: ProgramRole.PROGRAM_ADMIN },
  { email: 'supervisor@demo.alliance.test', displayName: 'Sam Supervisor (demo)', role: ProgramRole.SUPERVISOR },
  { email: 'trainee@demo.alliance.test', displayName: 'Taylor Trainee (demo)', role: ProgramRole.TRAINEE },
  { email: 'trainee2@demo.alliance.test', displayName: 'Jordan Trainee (demo)', role: ProgramRole.TRAINEE },
] as const;

/**
 * Seeds a small demo program on the first start of a development server (SEED_DEMO),
 * through the same services clients use, so the demo obeys every rule real data does.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly programs: ProgramsService,
    private readonly threads: CaseThreadsService,
    private readonly comments: CommentsService,
    private readonly hours: HourEntriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Seeds when enabled and the database has no accounts yet; answers whether demo sign-ins exist. */
  async seedIfEmpty(): Promise<boolean> {
    if (!this.config.seedDemo) return false;
    const users = await this.dataSource.getRepository(User).count();
    if (users === 0) await this.seed();
    return this.dataSource.getRepository(User).existsBy({ email: DEMO_ACCOUNTS[0].email });
  }

  private async seed(): Promise<void> {
    const origin = { requestId: 'demo-seed', address: '127.0.0.1' };
    const actors: Record<string, Actor> = {};
    for (const account of DEMO_ACCOUNTS) {
      const { user } = await this.identity.signUp(origin, { email: account.email, displayName: account.displayName, password: DEMO_PASSWORD });
      actors[account.email] = { userId: user.id, email: user.email, ...origin };
    }
    const [admin, supervisor, trainee, trainee2] = DEMO_ACCOUNTS.map((account) => actors[account.email]);
    const program = await this.programs.create(admin, {
      name: 'Demo Counseling Practicum',
      kind: ProgramKind.COUNSELING_PRACTICUM,
      accreditingBody: 'CACREP',
    });
    for (const [actor, role] of [[supervisor, ProgramRole.SUPERVISOR], [trainee, ProgramRole.TRAINEE], [trainee2, ProgramRole.TRAINEE]] as const) {
      const { token } = await this.programs.invite(admin, { programId: program.id, email: actor.email, role });
      await this.programs.acceptInvitation(actor, token);
    }
    const startsOn = new Date(Date.now() - 90 * 86400000).toISOString().slice(0, 10);
    for (const t of [trainee, trainee2]) {
      await this.programs.assignSupervisor(admin, { programId: program.id, traineeId: t.userId, supervisorId: supervisor.userId, role: AssignmentRole.PRIMARY, startsOn });
    }
    await this.programs.createGroup(admin, { programId: program.id, name: 'Tuesday group', supervisorIds: [supervisor.userId], traineeIds: [trainee.userId, trainee2.userId] });

    // A case thread with a supervisor's reply, and a few verified hours, so every screen has something to show.
    const thread = await this.threads.create(trainee, {
      programId: program.id,
      audience: ThreadAudience.SUPERVISORS,
      title: 'Client K went quiet after I named the avoidance',
      body: 'In session 6 I pointed out that Client K changes the subject whenever work comes up. She went silent for the rest of the hour and cancelled the next session. I felt irritated, then guilty. How do I repair this without backing off the work entirely?',
      topics: [ThreadTopic.ALLIANCE_RUPTURE, ThreadTopic.COUNTERTRANSFERENCE],
      clientAlias: 'Client K',
      urgency: Urgency.SOON,
    });
    await this.comments.post(supervisor, {
      threadId: thread.id,
      body: 'Name the rupture directly next time and own your part: "I think I pushed too fast last week." Then ask what it was like for her. Bring your irritation to our Thursday supervision.',
      kind: CommentKind.GUIDANCE,
      mentionIds: [],
    });
    const entryIds: string[] = [];
    for (let week = 1; week <= 3; week++) {
      const date = new Date(Date.now() - week * 7 * 86400000).toISOString().slice(0, 10);
      for (const [category, minutes] of [[HourCategory.DIRECT_INDIVIDUAL, 180], [HourCategory.SUPERVISION_INDIVIDUAL, 60]] as const) {
        const entry = await this.hours.log(trainee, { programId: program.id, supervisorId: supervisor.userId, site: 'Demo Community Clinic', date, minutes, category, modality: HourModality.IN_PERSON, submit: true });
        entryIds.push(entry.id);
      }
    }
    await this.hours.verify(supervisor, { entryIds });
    appLogger.info({ programId: program.id }, 'seeded the demo program');
  }
}
