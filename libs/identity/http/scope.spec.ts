import { allowedByScope, scopedFilter } from './scope.js';

const facts = { organizationIds: ['org-a'], communeIds: ['commune-x'] };

describe('scopes', () => {
  it.each([
    [{ role: 'staff', organizationId: 'org-a' }, true],
    [{ role: 'staff', organizationId: 'org-b' }, false],
    [{ role: 'staff', organizationId: null }, false],
    [{ role: 'commune_officer', communeId: 'commune-x' }, true],
    [{ role: 'commune_officer', communeId: 'commune-y' }, false],
    [{ role: 'supervisor' }, true],
    [{ role: 'admin' }, true],
  ])('%o may act: %s', (actor, allowed) => expect(allowedByScope(actor, facts)).toBe(allowed));

  it('holds scoped roles to their own organisation or commune in lists', () => {
    expect(scopedFilter({ role: 'staff', organizationId: 'org-a' })).toEqual({ organizationId: 'org-a' });
    expect(scopedFilter({ role: 'commune_officer', communeId: 'commune-x' })).toEqual({ communeId: 'commune-x' });
    expect(scopedFilter({ role: 'supervisor' })).toEqual({});
  });
});
