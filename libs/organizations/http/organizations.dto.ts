import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsPastIsoDate, ListQuery } from '@kn/platform';
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES, type OrganizationKind } from '../domain/organization.labels.js';

export class RegisterOrganizationDto {
  @IsString() @Length(1, 200) name: string;
  @IsIn(ORGANIZATION_KINDS) kind: OrganizationKind;
  @IsOptional() @IsString() @Length(1, 30) shortName?: string;
  @IsOptional() @IsPastIsoDate() registeredOn?: string;
}

export class RenameOrganizationDto {
  @IsString() @Length(1, 200) name: string;
  @IsOptional() @IsPastIsoDate() effectiveOn?: string;
  @IsOptional() @IsString() @Length(1, 200) decisionRef?: string;
}

/** `dissolvedOn` + `reason` (the first contract) or `effectiveOn` + `decisionRef` (the reform's). */
export class DissolveOrganizationDto {
  @ValidateIf((o: DissolveOrganizationDto) => o.effectiveOn === undefined) @IsPastIsoDate() dissolvedOn?: string;
  @IsOptional() @IsPastIsoDate() effectiveOn?: string;
  @ValidateIf((o: DissolveOrganizationDto) => o.decisionRef === undefined) @IsString() @Length(1, 1000) reason?: string;
  @IsOptional() @IsString() @Length(1, 200) decisionRef?: string;
}

export class SuccessorOrganizationDto {
  @IsString() @Length(1, 200) name: string;
  @IsIn(ORGANIZATION_KINDS) kind: OrganizationKind;
  @IsOptional() @IsString() @Length(1, 30) shortName?: string;
}

export class MergeOrganizationsDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsUUID('all', { each: true }) predecessorIds: string[];
  @ValidateNested() @Type(() => SuccessorOrganizationDto) successor: SuccessorOrganizationDto;
  @IsPastIsoDate() effectiveOn: string;
  @IsString() @Length(1, 200) decisionRef: string;
}

export class ListOrganizationsQuery extends ListQuery {
  @IsOptional() @IsIn(ORGANIZATION_KINDS) kind?: OrganizationKind;
  @IsOptional() @IsIn(ORGANIZATION_STATUSES) status?: string;
}
