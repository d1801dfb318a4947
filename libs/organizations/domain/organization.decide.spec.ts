import { spec } from '../../../test/support/decider-spec.js';
import type { OrganizationCommand } from './organization.commands.js';
import { organizationDecider } from './organization.decide.js';
import type { OrganizationEvent, OrganizationRegistered } from './organization.events.js';

const ORG_ID = '55555555-5555-4555-8555-555555555555';
const organization = spec(organizationDecider);

const register = (
  overrides: Partial<Extract<OrganizationCommand, { type: 'RegisterOrganization' }>['data']> = {},
): OrganizationCommand => ({
  type: 'RegisterOrganization',
  data: {
    organizationId: ORG_ID,
    name: 'Hội Nông dân tỉnh',
    kind: 'mass_organization',
    shortName: 'HND',
    ...overrides,
  },
});
const registered = (overrides: Partial<OrganizationRegistered['data']> = {}): OrganizationRegistered => ({
  type: 'OrganizationRegistered',
  data: {
    organizationId: ORG_ID,
    name: 'Hội Nông dân tỉnh',
    kind: 'mass_organization',
    shortName: 'HND',
    ...overrides,
  },
});
const rename = (name: string): OrganizationCommand => ({
  type: 'RenameOrganization',
  data: { organizationId: ORG_ID, name },
});
const dissolve = (reason: string, dissolvedOn = '2024-12-31'): OrganizationCommand => ({
  type: 'DissolveOrganization',
  data: { organizationId: ORG_ID, dissolvedOn, reason },
});
const dissolved: OrganizationEvent = {
  type: 'OrganizationDissolved',
  data: { organizationId: ORG_ID, dissolvedOn: '2024-12-31', reason: 'Hợp nhất cơ quan' },
};

describe('registering an organisation', () => {
  it('records name, kind and short name', () => {
    organization.given([]).when(register()).then([registered()]);
  });

  it('keeps the registration date when one is given, and a blank short name as none', () => {
    organization
      .given([])
      .when(register({ shortName: '  ', registeredOn: '2013-01-01' }))
      .then([registered({ shortName: null, registeredOn: '2013-01-01' })]);
  });

  it('organization.already_registered: an organisation is registered once', () => {
    organization.given([registered()]).when(register()).thenRejects('organization.already_registered');
  });

  it('organization.name_required: a blank name is refused', () => {
    organization
      .given([])
      .when(register({ name: ' ' }))
      .thenRejects('organization.name_required');
  });
});

describe('renaming an organisation', () => {
  it('records the new and the previous name', () => {
    organization
      .given([registered()])
      .when(rename('Hội Nông dân Việt Nam tỉnh'))
      .then([
        {
          type: 'OrganizationRenamed',
          data: { organizationId: ORG_ID, name: 'Hội Nông dân Việt Nam tỉnh', previousName: 'Hội Nông dân tỉnh' },
        },
      ]);
  });

  it('organization.not_found: an unknown organisation cannot be renamed', () => {
    organization.given([]).when(rename('X')).thenRejects('organization.not_found');
  });

  it('organization.name_must_change: the same name is refused', () => {
    organization.given([registered()]).when(rename('Hội Nông dân tỉnh ')).thenRejects('organization.name_must_change');
  });

  it('organization.must_be_active: a dissolved organisation cannot be renamed', () => {
    organization.given([registered(), dissolved]).when(rename('Mới')).thenRejects('organization.must_be_active');
  });
});

describe('dissolving an organisation', () => {
  it('records the date and reason', () => {
    organization.given([registered()]).when(dissolve('Hợp nhất cơ quan')).then([dissolved]);
  });

  it('organization.reason_required: a blank reason is refused', () => {
    organization.given([registered()]).when(dissolve('  ')).thenRejects('organization.reason_required');
  });

  it('organization.already_dissolved: an organisation is dissolved once', () => {
    organization.given([registered(), dissolved]).when(dissolve('again')).thenRejects('organization.already_dissolved');
  });

  it('organization.date_before_registration: it cannot be dissolved before it was registered', () => {
    organization
      .given([registered({ registeredOn: '2013-01-01' })])
      .when(dissolve('x', '2012-12-31'))
      .thenRejects('organization.date_before_registration');
  });

  it('organization.not_found: an unknown organisation cannot be dissolved', () => {
    organization.given([]).when(dissolve('x')).thenRejects('organization.not_found');
  });
});
