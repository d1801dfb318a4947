import { oas } from '@kn/platform';
import { ADMIN_UNIT_KINDS, ADMIN_UNIT_STATUSES, CLASSIFICATIONS, COMMUNE_TYPES } from '../domain/admin-unit.labels.js';

const { named$, obj, str, uuid, date, int, nullable, oneOf, arrayOf, described } = oas;

/** AdminUnitTreeDoc (read/admin-unit-tree); `revision` on the answer by id. */
export const ADMIN_UNIT = named$(
  'AdminUnit',
  obj(
    {
      id: uuid,
      kind: oneOf(ADMIN_UNIT_KINDS),
      name: str,
      code: str,
      parentId: nullable(uuid),
      classifications: arrayOf(oneOf(CLASSIFICATIONS)),
      status: oneOf(ADMIN_UNIT_STATUSES),
      successorId: nullable(uuid),
      predecessorIds: arrayOf(uuid),
      establishedOn: date,
      endedOn: nullable(date),
      history: arrayOf(obj({ date, type: str, summary: str }, { decisionRef: str, relatedIds: arrayOf(uuid) })),
    },
    {
      communeType: described(
        'xa (rural), phuong or thi_tran (urban); only for a commune recorded with its type.',
        oneOf(COMMUNE_TYPES),
      ),
      parentHistory: arrayOf(obj({ parentId: nullable(uuid), from: date })),
      revision: described('The stream revision (answer by id): send it as If-Match.', int),
    },
  ),
);

export const ADMIN_UNIT_PAGE = named$('AdminUnitPage', oas.pageOf(ADMIN_UNIT));
