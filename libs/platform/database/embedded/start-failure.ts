/**
 * A start that cannot go on, told in one line: what happened and what to do. The mains print
 * the message alone (no stack trace); anything else is a bug and keeps its stack at debug level.
 */
export class StartFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartFailure';
  }
}
