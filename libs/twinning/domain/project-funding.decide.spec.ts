import { spec } from '../../../test/support/decider-spec.js';
import { projectDecider } from './project.decide.js';
import type { ProjectEvent } from './project.events.js';
import { approved, cancelled, completed, handedOver, pledge, pledged, proposed, started } from './project.fixtures.js';

const project = spec(projectDecider);

describe('project funding', () => {
  it('records a pledge', () => {
    project.given([proposed]).when(pledge()).then([pledged]);
  });

  it('records money received, from a named person', () => {
    project
      .given([proposed, approved])
      .when(
        pledge({ source: 'individual', sponsorOrganizationId: null, sponsorName: 'Ông Nguyễn Văn B' }, 'ReceiveFunds'),
      )
      .then([
        {
          type: 'FundsReceived',
          data: {
            source: 'individual',
            amountVnd: 50_000_000,
            on: '2014-02-01',
            sponsorOrganizationId: null,
            sponsorName: 'Ông Nguyễn Văn B',
          },
        },
      ]);
  });

  it('records state money with no sponsor, the sponsor fields defaulting to null', () => {
    const [event] = projectDecider.decide(
      pledge({ source: 'state_budget', sponsorOrganizationId: undefined, sponsorName: undefined }),
      projectDecider.evolve(projectDecider.initialState, proposed),
    );
    expect(event?.data).toMatchObject({ sponsorOrganizationId: null, sponsorName: null });
  });

  it('accepts money after completion: sponsors often pay when the work is done', () => {
    project.given([proposed, approved, started, completed]).when(pledge()).then([pledged]);
  });

  it.each<[string, ProjectEvent[], Record<string, unknown>]>([
    ['project.not_found', [], {}],
    ['project.closed_after_cancel', [proposed, cancelled], {}],
    ['project.funding_closed_after_hand_over', [proposed, approved, started, completed, handedOver], {}],
    ['project.funding_source_unknown', [proposed], { source: 'lottery' }],
    ['project.funding_amount_positive', [proposed], { amountVnd: 0 }],
    ['project.funding_amount_positive', [proposed], { amountVnd: 10.5 }],
    ['project.funding_on_in_future', [proposed], { on: '2016-01-01' }],
    ['project.funding_one_sponsor', [proposed], { sponsorName: 'Ông B' }],
    ['project.funding_one_sponsor', [proposed], { sponsorOrganizationId: null, sponsorName: '' }],
  ])('%s', (code, given, overrides) => {
    project.given(given).when(pledge(overrides)).thenRejects(code);
  });
});
