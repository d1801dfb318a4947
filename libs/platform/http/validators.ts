import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate, vietnamDate } from '@kn/shared';
import { problem, ProblemException } from './problem.js';

/** A calendar date `YYYY-MM-DD` that exists. */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: { validate: (v) => isIsoDate(v), defaultMessage: (a) => `${a?.property} must be a date YYYY-MM-DD` },
    },
    options,
  );
}

/** A calendar date `YYYY-MM-DD` not after today in Vietnam. */
export function IsPastIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPastIsoDate',
      validator: {
        validate: (v) => isIsoDate(v) && v <= vietnamDate(new Date()),
        defaultMessage: (a) =>
          isIsoDate(a?.value) ? `${a?.property} must not be in the future` : `${a?.property} must be a date YYYY-MM-DD`,
      },
    },
    options,
  );
}

/** Money: a non-negative integer number of VND, below 10^15. */
export function IsVnd(options?: ValidationOptions & { positive?: boolean }): PropertyDecorator {
  const min = options?.positive ? 1 : 0;
  return ValidateBy(
    {
      name: 'isVnd',
      validator: {
        validate: (v) => typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0) && v >= min && v < 1e15,
        defaultMessage: (a) => `${a?.property} must be a${min ? ' positive' : ' non-negative'} whole number of VND`,
      },
    },
    options,
  );
}

/** A route id that must be a UUID: anything else is a 400 naming the parameter. */
export const IdParam =
  (name = 'id'): ParameterDecorator =>
  (target, key, index) => {
    Param(
      name,
      new ParseUUIDPipe({
        exceptionFactory: () =>
          new ProblemException(
            problem(400, 'invalid_id', `${name} must be a UUID`, {
              errors: [{ field: name, code: 'isUuid', message: `${name} must be a UUID` }],
            }),
          ),
      }),
    )(target, key, index);
    if (key !== undefined)
      ApiParam({ name, schema: { type: 'string', format: 'uuid' } })(
        target,
        key,
        Object.getOwnPropertyDescriptor(target, key)!,
      );
  };

/** `?asOf=<ISO instant>` → Date, or a 400. */
export function parseAsOf(value: unknown): Date | undefined {
  if (value === undefined || value === '') return undefined;
  // A date the calendar lacks (2023-02-30) is refused, not rolled over into March.
  const shaped =
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
    isIsoDate(value.slice(0, 10));
  const d = shaped ? new Date(value) : new Date(NaN);
  if (Number.isNaN(d.getTime())) {
    throw new ProblemException(
      problem(400, 'invalid_as_of', 'asOf must be an ISO 8601 instant, e.g. 2015-11-26T00:00:00Z', {
        errors: [{ field: 'asOf', code: 'isIso8601', message: 'asOf must be an ISO 8601 instant' }],
      }),
    );
  }
  return d;
}
