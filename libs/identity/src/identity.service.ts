import { Injectable } from '@nestjs/common';
import { hash, verify, type Options } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { Actor, DomainError, ErrorCode, RequestOrigin } from '@alliance/core';
import { AuthPayload } from './dto/auth-payload.model';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { SignInLimiter } from './sign-in-limiter';
import { TokenService } from './token.service';
import { User } from './user.entity';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. `Algorithm` is a const enum the
// package does not export at run time; 2 is its Argon2id member.
const ARGON2ID = 2 as NonNullable<Options['algorithm']>;
const ARGON2_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const WRONG_CREDENTIALS = 'The email or password is not correct';

/** Emails are compared case-insensitively everywhere: this is the one normal form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Accounts: sign-up, sign-in, sign-out (which revokes every token of the user) and `me`.
 * A wrong email and a wrong password are indistinguishable, in message and in timing.
 */
@Injectable()
export class IdentityService {
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly limiter: SignInLimiter,
  ) {}

  async signUp(_origin: RequestOrigin, input: SignUpInput): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const passwordHash = await hash(input.password, ARGON2_OPTIONS);
    const rows: Array<Pick<User, 'id'>> = await this.dataSource.query(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, input.displayName.trim(), passwordHash],
    );
    if (rows.length === 0) {
      throw DomainError.conflict('An account with this email already exists', { fields: [{ field: 'email', message: 'is already registered' }] });
    }
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: rows[0].id });
    return { ...(await this.tokens.issue(user)), user };
  }

  async signIn(origin: RequestOrigin, input: SignInInput): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    await this.limiter.consume(email, origin.address);
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    const valid = user
      ? await verify(user.passwordHash, input.password)
      : // Spend the same time on unknown emails so timing does not reveal which exist.
        await verify(await this.getDummyHash(), input.password).then(() => false);
    if (!user || !valid) throw new DomainError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
    await this.limiter.succeeded(email);
    return { ...(await this.tokens.issue(user)), user };
  }

  /** Revokes every token the actor holds, on every device. */
  async signOut(actor: Actor): Promise<boolean> {
    await this.dataSource.query(`UPDATE users SET token_version = token_version + 1 WHERE id = $1`, [actor.userId]);
    return true;
  }

  async me(actor: Actor): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: actor.userId });
    if (!user) throw DomainError.unauthenticated();
    return user;
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hash('not-a-real-password-for-timing', ARGON2_OPTIONS);
    return this.dummyHash;
  }
}
