import { Injectable } from '@nestjs/common';
import { appLogger } from '@alliance/core';

/** Inject with `@Inject(MAILER)`. Production deployments bind their own transport. */
export const MAILER = Symbol('MAILER');

export interface InvitationMail {
  to: string;
  programName: string;
  role: string;
  token: string;
  expiresAt: Date;
}

/** Sends the mails Alliance needs. Behind an interface so that a deployment chooses the transport. */
export interface Mailer {
  sendInvitation(mail: InvitationMail): Promise<void>;
}

/**
 * The development mailer: logs that an invitation was sent, to whom and for which
 * program. The token is logged only outside production so a developer can accept it.
 */
@Injectable()
export class LogMailer implements Mailer {
  constructor(private readonly revealTokens: boolean) {}

  async sendInvitation(mail: InvitationMail): Promise<void> {
    appLogger.info(
      { to: mail.to, program: mail.programName, role: mail.role, expiresAt: mail.expiresAt, ...(this.revealTokens ? { invitationToken: mail.token } : {}) },
      'invitation mail (logged, not sent)',
    );
  }
}
