import { AppendTooLargeError, HiddenHistoryError } from '@kn/event-store';
import { toProblem } from './problem.filter.js';

describe('toProblem: store errors a request can run into', () => {
  it('answers a batch over the store limit with 413 and both sizes', () => {
    const p = toProblem(new AppendTooLargeError('household-1', 1_200_000, 1_048_576));
    expect(p).toMatchObject({ status: 413, code: 'append_too_large', sizeBytes: 1_200_000, limitBytes: 1_048_576 });
  });

  it('answers a stream whose history the server hides with 409, naming the stream', () => {
    const p = toProblem(new HiddenHistoryError('household-1', 'tombstoned (hard-deleted)'));
    expect(p).toMatchObject({ status: 409, code: 'stream_history_hidden', streamId: 'household-1' });
    expect(p.detail).not.toContain('$$');
  });

  it('keeps anything unknown a bare 500 without its message', () => {
    const p = toProblem(new Error('secret connection string postgres://x'));
    expect(p).toMatchObject({ status: 500, code: 'internal_error' });
    expect(JSON.stringify(p)).not.toContain('postgres://');
  });
});
