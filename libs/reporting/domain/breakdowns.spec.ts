import { byOrganization } from './breakdowns.js';
import { act, input2015 } from './report.fixtures.js';

describe('the table by organisation', () => {
  const rowOf = (rows: ReturnType<typeof byOrganization>['rows'], id: string) =>
    rows.find((r) => r.organizationId === id);

  it('credits an activity once to the pairing organisation and once to each co-organiser; resources stay with the pairing', () => {
    const base = input2015();
    const input = {
      ...base,
      activities: [
        act('p1', 'a', 'visit', 'organization', '2015-03-01', ['o2', 'o3']),
        act('p1', 'a', 'immersion_stay', 'organization', '2015-04-01', ['o3', 'o3', 'o1']),
        act('p2', 'b', 'gift'),
      ],
    };
    const { rows, total } = byOrganization(input, input.years.at(-1)!);
    expect(rowOf(rows, 'o1')).toMatchObject({ activities: 2, immersionStays: 1, resourcesVnd: 10_000_000 });
    expect(rowOf(rows, 'o2')).toMatchObject({ activities: 2, immersionStays: 0, resourcesVnd: 5_000_000 });
    expect(rowOf(rows, 'o3')).toMatchObject({ activities: 2, immersionStays: 1, resourcesVnd: 0, pairings: 0 });
    // The total counts activities, not credits.
    expect(total).toMatchObject({ activities: 3, immersionStays: 1, resourcesVnd: 15_000_000 });
  });

  it('without co-organisers, each activity counts for its pairing organisation only', () => {
    const base = input2015();
    const input = { ...base, activities: [act('p1', 'a', 'visit'), act('p2', 'b', 'visit')] };
    const { rows } = byOrganization(input, input.years.at(-1)!);
    expect(rows.map((r) => [r.organizationId, r.activities])).toEqual(
      expect.arrayContaining([
        ['o1', 1],
        ['o2', 1],
      ]),
    );
    expect(rowOf(rows, 'o3')).toBeUndefined();
  });
});
