import type { OpenApiInfo } from '@kn/platform';

/** The document's title and tags; every operation is tagged with its context (ADR 0016). */
export const OPENAPI_INFO: OpenApiInfo = {
  title: 'Kết Nghĩa API',
  version: '1',
  description:
    'Commands (POST) answer `{id, streamId, revision, position}` with an `ETag`; send the revision back as `If-Match` ' +
    'and `X-Min-Position` to read your own writes. Every error is `application/problem+json` with a stable `code`. See API.md.',
  tags: {
    Identity: 'Sign-in, sessions and users.',
    Territory: 'Administrative units (provinces, districts, communes, villages) and their reorganisations.',
    Organizations: 'Provincial organisations that twin with communes.',
    Households: 'Household register, poverty assessments, support commitments.',
    Poverty: 'Poverty standards, ethnic groups and poverty dynamics.',
    Imports: 'Household lists and review results uploaded as spreadsheets (.xlsx).',
    Twinning: 'Pairings, activities, projects and coverage.',
    Dashboard: 'Province-wide figures.',
    Reporting: 'Annual reports.',
    Audit: 'The event log, stream histories, integrity checks, refused commands.',
    Demo: 'Whether the data is the demo province.',
    Operations: 'Health and metrics.',
  },
};
