import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IMPORT_KINDS, type ImportKind } from '../domain/household-import.events.js';

export class ImportKindParams {
  @IsIn(IMPORT_KINDS) kind: ImportKind;
}

export class ImportIdParams {
  @IsUUID() importId: string;
}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ImportQuery {
  /** The commune whose list it is: households are registered there, reviews find households there. */
  @IsUUID() communeId: string;
  /** true (the default): only check the rows; false: import the valid rows. */
  @IsOptional() @Transform(toBool) @IsIn([true, false]) dryRun?: boolean;
}
