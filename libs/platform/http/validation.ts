import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { problem, ProblemException, type FieldError } from './problem.js';

/**
 * class-validator with unknown fields rejected and every failure reported per field
 * (`errors[]` of the problem body), nested paths joined with dots.
 */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationProblem(flatten(errors)),
  });
}

export function validationProblem(fieldErrors: FieldError[]): ProblemException {
  const n = fieldErrors.length;
  return new ProblemException(
    problem(
      400,
      'validation_failed',
      `${n} field${n === 1 ? ' is' : 's are'} invalid: ${fieldErrors.map((e) => e.field).join(', ')}`,
      { errors: fieldErrors },
    ),
  );
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, message]) => ({
      field,
      code: code === 'whitelistValidation' ? 'unknown_field' : code,
      message: code === 'whitelistValidation' ? `${field} is not a known field` : message,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}
