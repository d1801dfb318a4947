/** RFC 9457 problem details, as every error response of the API is shaped. */
export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance?: string;
  readonly errors?: readonly FieldError[];
  readonly [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}): Problem {
  // The extras come first: a rule's details (say `{ status: 'dissolved' }`) never replace the problem's own fields.
  return {
    ...extra,
    type: `https://ket-nghia.example/problems/${code.replace(/[^a-z0-9_.-]/gi, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
  };
}

/** HTTP exception carrying a ready problem body. */
export class ProblemException extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemException';
  }
}
