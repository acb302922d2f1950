import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, durationToSeconds } from '@alliance/core';
import { User } from './user.entity';

interface AccessTokenClaims {
  sub: string;
  ver: number;
}

/** A verified token: who it belongs to. */
export interface TokenSubject {
  userId: string;
  email: string;
}

/**
 * Issues and checks access tokens (JWT, HS256). A token is accepted only while its
 * version matches the user's `tokenVersion`, which is how sign-out revokes them all.
 */
@Injectable()
export class TokenService {
  private readonly ttlSeconds: number;

  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ttlSeconds = durationToSeconds(config.accessTokenTtl);
  }

  async issue(user: User): Promise<{ accessToken: string; expiresAt: Date }> {
    const claims: AccessTokenClaims = { sub: user.id, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.ttlSeconds });
    return { accessToken, expiresAt: new Date(Date.now() + this.ttlSeconds * 1000) };
  }

  /** Resolves the subject of a bearer token, or null for anything invalid, expired or revoked. */
  async verify(token: string): Promise<TokenSubject | null> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || typeof claims.ver !== 'number') return null;
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: { id: claims.sub }, select: { id: true, email: true, tokenVersion: true } });
    if (!user || user.tokenVersion !== claims.ver) return null;
    return { userId: user.id, email: user.email };
  }

  /** Reads `Bearer <token>` from a header value; anything else is no token. */
  static fromAuthorization(header: unknown): string | null {
    if (typeof header !== 'string') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return match ? match[1] : null;
  }
}
