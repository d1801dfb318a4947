/**
 * Typed domain errors with stable codes. The HTTP layer maps each kind once to problem+json:
 * rule_violated → 409, not_found → 404, invalid → 400.
 */
export type DomainErrorKind = 'rule_violated' | 'not_found' | 'invalid';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    /** Stable, machine-readable code, e.g. `pairing.unit_must_be_active`. */
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A business rule was broken (409). The rule's name is the code. */
export class RuleViolation extends DomainError {
  constructor(rule: string, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('rule_violated', rule, message, details);
    this.name = 'RuleViolation';
  }
}

export class NotFound extends DomainError {
  constructor(what: string, id: string) {
    super('not_found', `${what}.not_found`, `${what} ${id} does not exist`, { id });
    this.name = 'NotFound';
  }
}

/** Input that is well-formed JSON but not acceptable for a domain reason (400), with a field. */
export class InvalidInput extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly field?: string,
  ) {
    super('invalid', code, message, field ? { field } : {});
    this.name = 'InvalidInput';
  }
}

/**
 * A named guard: `ensure('pairing.unit_must_be_active', unit.status === 'active', 'message')`.
 * The name is the error code and appears in the guard's test name.
 */
export function ensure(
  rule: string,
  condition: boolean,
  message: string,
  details?: Record<string, unknown>,
): asserts condition {
  if (!condition) throw new RuleViolation(rule, message, details);
}

/**
 * A named input guard: input that can never be valid (bad shape, a future date, a missing
 * reason) → 400 with the field, as opposed to `ensure` for rules that depend on state (409).
 */
export function ensureValid(code: string, condition: boolean, message: string, field: string): asserts condition {
  if (!condition) throw new InvalidInput(code, message, field);
}

/** Required text: blank or missing is bad input (400), not a broken business rule. Returns it trimmed. */
export function ensureText(code: string, value: string | null | undefined, field: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  ensureValid(code, text.length > 0, `${field} is required`, field);
  return text;
}
