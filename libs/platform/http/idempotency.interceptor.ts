import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { from, mergeMap, of, tap, catchError, throwError, type Observable } from 'rxjs';
import type { Actor } from '@kn/shared';
import { canonicalJson } from '@kn/event-store';
import { problem, ProblemException } from './problem.js';

interface StoredResponse {
  request_hash: string;
  status: number | null;
  body: unknown;
  etag: string | null;
}

const WAIT_MS = 5000;
const SECRET_RESPONSE = 'kn:secret-response';

/**
 * The response carries a secret (a one-time password): it is never stored for replay, so a retry
 * with the same Idempotency-Key runs the command again (a fresh secret; the earlier one lapses).
 */
export const SecretResponse = () => SetMetadata(SECRET_RESPONSE, true);

/**
 * `Idempotency-Key` on a command: the first response is stored per user and key; a retry with the
 * same request gets it back and appends nothing; the same key with another request is a 422.
 * A retry racing the first request waits for it. Event ids are also derived from the key
 * (CommandPipeline), so even a lost race cannot append twice.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly db: DataSource,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request & { user?: Actor }>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const key = req.header('idempotency-key');
    if (req.method !== 'POST' || !key || !req.user) return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(SECRET_RESPONSE, [ctx.getHandler(), ctx.getClass()]))
      return next.handle();
    if (key.length > 200)
      throw new ProblemException(
        problem(400, 'bad_idempotency_key', 'Idempotency-Key must be at most 200 characters.'),
      );
    const userId = req.user.userId;
    const hash = createHash('sha256')
      .update(`${req.method} ${req.originalUrl}\n${canonicalJson(req.body ?? null)}`)
      .digest('hex');
    return from(this.claim(userId, key, hash)).pipe(
      mergeMap((stored) => {
        if (stored) return of(this.replay(stored, hash, res));
        return next.handle().pipe(
          tap((body) => void this.save(userId, key, res.statusCode, body, res.getHeader('etag'))),
          catchError((e: unknown) => from(this.release(userId, key)).pipe(mergeMap(() => throwError(() => e)))),
        );
      }),
    );
  }

  /** Returns the stored response of an earlier request, or null when this request owns the key. */
  private async claim(userId: string, key: string, hash: string): Promise<StoredResponse | null> {
    const inserted = await this.db.query(
      `insert into app.idempotency_keys (user_id, key, request_hash) values ($1, $2, $3) on conflict do nothing returning key`,
      [userId, key, hash],
    );
    if (inserted.length) return null;
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const rows: StoredResponse[] = await this.db.query(
        `select request_hash, status, body, etag from app.idempotency_keys where user_id = $1 and key = $2`,
        [userId, key],
      );
      if (!rows.length) return this.claim(userId, key, hash);
      if (rows[0].status !== null || rows[0].request_hash !== hash) return rows[0];
      if (Date.now() > deadline)
        throw new ProblemException(
          problem(
            409,
            'idempotent_request_in_progress',
            'A request with this Idempotency-Key is still being processed; retry shortly.',
          ),
        );
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private replay(stored: StoredResponse, hash: string, res: Response): unknown {
    if (stored.request_hash !== hash) {
      throw new ProblemException(
        problem(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request.'),
      );
    }
    res.status(stored.status ?? 200);
    if (stored.etag) res.setHeader('ETag', stored.etag);
    res.setHeader('Idempotent-Replayed', 'true');
    return stored.body;
  }

  private async save(userId: string, key: string, status: number, body: unknown, etag: unknown): Promise<void> {
    await this.db.query(
      `update app.idempotency_keys set status = $3, body = $4, etag = $5 where user_id = $1 and key = $2`,
      [userId, key, status, JSON.stringify(body ?? null), typeof etag === 'string' ? etag : null],
    );
  }

  private async release(userId: string, key: string): Promise<void> {
    await this.db.query(`delete from app.idempotency_keys where user_id = $1 and key = $2 and status is null`, [
      userId,
      key,
    ]);
  }
}
