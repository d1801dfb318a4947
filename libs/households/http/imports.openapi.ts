import { oas } from '@kn/platform';
import { IMPORT_KINDS } from '../domain/household-import.events.js';

const { named$, obj, str, uuid, int, arrayOf, oneOf, described, nullable } = oas;

const CELL_ERROR = named$(
  'ImportCellError',
  obj({
    row: described('The Excel row number.', int),
    column: described('The Excel column letter.', str),
    header: described('The column header (Vietnamese).', str),
    message: described('What is wrong, in Vietnamese.', str),
  }),
);

export const IMPORT_ANSWER = named$('ImportAnswer', {
  oneOf: [
    obj({ rows: int, valid: int, alreadyImported: int, errors: arrayOf(CELL_ERROR) }),
    obj({
      importId: uuid,
      commands: described('Commands this upload issues (0: the file was imported already).', int),
      status: oneOf(['running', 'completed']),
      rows: int,
      valid: int,
      errors: arrayOf(CELL_ERROR),
    }),
  ],
});

export const IMPORT_PROGRESS = named$(
  'ImportProgress',
  obj({
    importId: uuid,
    kind: nullable(oneOf(IMPORT_KINDS)),
    status: oneOf(['running', 'completed']),
    total: int,
    done: int,
    applied: int,
    errors: arrayOf(obj({ row: int, code: str, message: str })),
  }),
);
