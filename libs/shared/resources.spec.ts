import { countedResources, resourcesVnd } from './resources.js';

describe('resources that count in a total', () => {
  it('counts those with a value and a source, and nothing from a record without resources', () => {
    const resources = [
      { type: 'cash', valueVnd: 1_000_000, source: 'state_budget' },
      { type: 'goods', valueVnd: 500_000 }, // no source: not counted
      { type: 'labour', source: 'social_mobilization' }, // no value: not counted
      null,
      { type: 'cash', valueVnd: 250_000, source: 'social_mobilization' },
    ];
    expect(countedResources(resources)).toEqual([
      { valueVnd: 1_000_000, source: 'state_budget' },
      { valueVnd: 250_000, source: 'social_mobilization' },
    ]);
    expect(resourcesVnd(resources)).toBe(1_250_000);
    expect(resourcesVnd(undefined)).toBe(0);
    expect(resourcesVnd('not a list')).toBe(0);
  });
});
