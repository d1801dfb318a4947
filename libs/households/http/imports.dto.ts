import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IMPORT_KINDS, type ImportKind } from '../domain/household-import.events.js';

/**
 * `POST /api/imports/{kind}` and `GET /api/imports/{importId}` (API.md) share one path template, so
 * OpenAPI sees one parameter: `kindOrId`, a kind when uploading, an import's id when reading it.
 */
export class ImportUploadParams {
  /** households | review */
  @IsIn(IMPORT_KINDS) kindOrId: ImportKind;
}

export class ImportIdParams {
  /** The import's id, as the upload answered it. */
  @IsUUID() kindOrId: string;
}

export class ImportKindParams {
  @IsIn(IMPORT_KINDS) kind: ImportKind;
}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ImportQuery {
  /** The commune whose list it is: households are registered there, reviews find households there. */
  @IsUUID() communeId: string;
  /** true (the default): only check the rows; false: import the valid rows. */
  @IsOptional() @Transform(toBool) @IsIn([true, false]) dryRun?: boolean;
}
