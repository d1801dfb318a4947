import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { CommandResult } from '../commands/command-context.js';

/** 201 for a command that started a stream, 200 otherwise; `ETag: "<revision>"` always. */
@Injectable()
export class CommandResponseInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value) => {
        if (!(value instanceof CommandResult)) return value;
        const res = ctx.switchToHttp().getResponse<Response>();
        res.status(value.created ? 201 : 200);
        res.setHeader('ETag', `"${value.revision}"`);
        return value.toJSON();
      }),
    );
  }
}
