import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { today } from '@alliance/access';
import { APP_CONFIG, AppConfig, appLogger } from '@alliance/core';
import { ProgramActivityService, ProgramActivityType } from '@alliance/discussion';

interface DueFollowUp {
  id: string;
  program_id: string;
  client_case_id: string | null;
  trainee_id: string;
  decided_by_id: string;
  version: number;
  decision: string;
}

/**
 * Tells the deciding supervisor, through their live program activity, when a referral
 * decision's follow-up date has come. Each sweep claims the due follow-ups of current
 * (not superseded) decisions with one `UPDATE … RETURNING`, so with several instances
 * running every follow-up is announced once. A claim whose announcement fails is not
 * retried (at most once).
 */
@Injectable()
export class ReferralFollowUpSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: ProgramActivityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.followUpSweepSeconds <= 0) return;
    this.timer = setInterval(() => void this.sweepSafely(), this.config.followUpSweepSeconds * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Claims and announces every follow-up due on or before `onDate` (today by default); returns how many. */
  async sweep(onDate = today()): Promise<number> {
    // For UPDATE, TypeORM answers [rows, affectedCount].
    const [rows]: [DueFollowUp[], number] = await this.dataSource.query(
      `UPDATE referral_decisions d SET follow_up_notified_at = now()
        WHERE d.follow_up_on <= $1::date AND d.follow_up_notified_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM referral_decisions n WHERE n.consideration_id = d.consideration_id AND n.version > d.version)
        RETURNING d.id, d.program_id, d.client_case_id, d.trainee_id, d.decided_by_id, d.version, d.decision`,
      [onDate],
    );
    let announced = 0;
    for (const due of rows) {
      try {
        await this.activity.announce({
          type: ProgramActivityType.REFERRAL_FOLLOW_UP_DUE,
          programId: due.program_id,
          clientCaseId: due.client_case_id,
          traineeId: due.trainee_id,
          recipientIds: [due.decided_by_id],
          summary: `Follow-up due on referral decision ${due.version} (${due.decision}).`,
        });
        announced += 1;
      } catch (error) {
        // Release the claim so the next sweep (here or on another instance) tries again.
        await this.dataSource.query(`UPDATE referral_decisions SET follow_up_notified_at = NULL WHERE id = $1`, [due.id]);
        appLogger.warn({ err: error, decisionId: due.id }, 'referral follow-up announcement failed; it will be retried');
      }
    }
    return announced;
  }

  private async sweepSafely(): Promise<void> {
    if (this.running) return;
    this.running = this.sweep();
    try {
      const count = await this.running;
      if (count > 0) appLogger.info({ count }, 'referral follow-ups announced');
    } catch (error) {
      appLogger.error({ err: error }, 'referral follow-up sweep failed');
    } finally {
      this.running = undefined;
    }
  }
}
