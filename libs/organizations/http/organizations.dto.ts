import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsPastIsoDate, ListQuery } from '@kn/platform';
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES, type OrganizationKind } from '../domain/organization.vocabulary.js';

export class RegisterOrganizationDto {
  @IsString() @Length(1, 200) name: string;
  @IsIn(ORGANIZATION_KINDS) kind: OrganizationKind;
  @IsOptional() @IsString() @Length(1, 30) shortName?: string;
  @IsOptional() @IsPastIsoDate() registeredOn?: string;
}

export class RenameOrganizationDto {
  @IsString() @Length(1, 200) name: string;
}

export class DissolveOrganizationDto {
  @IsPastIsoDate() dissolvedOn: string;
  @IsString() @Length(1, 1000) reason: string;
}

export class ListOrganizationsQuery extends ListQuery {
  @IsOptional() @IsIn(ORGANIZATION_KINDS) kind?: OrganizationKind;
  @IsOptional() @IsIn(ORGANIZATION_STATUSES) status?: string;
}
