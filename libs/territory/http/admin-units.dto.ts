import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
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
import {
  ADMIN_UNIT_KINDS,
  ADMIN_UNIT_STATUSES,
  CLASSIFICATIONS,
  COMMUNE_TYPES,
  type AdminUnitKind,
  type CommuneType,
  type AdminUnitStatus,
  type Classification,
} from '../domain/admin-unit.labels.js';

export class EstablishUnitDto {
  @IsIn(ADMIN_UNIT_KINDS) kind: AdminUnitKind;
  @IsString() @Length(1, 200) name: string;
  @IsString() @Length(1, 20) code: string;
  @ValidateIf((_, v) => v !== null) @IsUUID() parentId: string | null;
  @IsOptional() @IsArray() @ArrayUnique() @IsIn(CLASSIFICATIONS, { each: true }) classifications?: Classification[];
  @IsPastIsoDate() establishedOn: string;
  /** Xã (rural), phường or thị trấn (urban); only for a commune. Households registered there take its area by default. */
  @IsOptional() @IsIn(COMMUNE_TYPES) communeType?: CommuneType;
}

export class RenameUnitDto {
  @IsString() @Length(1, 200) name: string;
  @IsPastIsoDate() effectiveOn: string;
}

export class ReclassifyUnitDto {
  @IsArray() @ArrayUnique() @IsIn(CLASSIFICATIONS, { each: true }) add: Classification[];
  @IsArray() @ArrayUnique() @IsIn(CLASSIFICATIONS, { each: true }) remove: Classification[];
  @IsPastIsoDate() effectiveOn: string;
}

export class SuccessorDto {
  @IsIn(ADMIN_UNIT_KINDS) kind: AdminUnitKind;
  @IsString() @Length(1, 200) name: string;
  @IsString() @Length(1, 20) code: string;
  @ValidateIf((_, v) => v !== null) @IsUUID() parentId: string | null;
  /** Extension: when omitted the successor keeps every classification its predecessors had. */
  @IsOptional() @IsArray() @ArrayUnique() @IsIn(CLASSIFICATIONS, { each: true }) classifications?: Classification[];
  /** Xã, phường or thị trấn; when omitted, the predecessors' type if they all share one. */
  @IsOptional() @IsIn(COMMUNE_TYPES) communeType?: CommuneType;
}

export class MergeUnitsDto {
  @IsArray() @ArrayMinSize(2) @ArrayMaxSize(50) @IsUUID('all', { each: true }) predecessorIds: string[];
  @ValidateNested() @Type(() => SuccessorDto) successor: SuccessorDto;
  @IsPastIsoDate() effectiveOn: string;
  @IsString() @Length(1, 200) decisionRef: string;
}

/** `dissolvedOn` + `reason` (the first contract) or `effectiveOn` + `decisionRef` (the reform's), with an optional `childrenTo`. */
export class DissolveUnitDto {
  @ValidateIf((o: DissolveUnitDto) => o.effectiveOn === undefined) @IsPastIsoDate() dissolvedOn?: string;
  @IsOptional() @IsPastIsoDate() effectiveOn?: string;
  @ValidateIf((o: DissolveUnitDto) => o.decisionRef === undefined) @IsString() @Length(1, 1000) reason?: string;
  @IsOptional() @IsString() @Length(1, 200) decisionRef?: string;
  @IsOptional() @IsUUID() childrenTo?: string;
}

export class ReparentUnitDto {
  @IsUUID() newParentId: string;
  @IsPastIsoDate() effectiveOn: string;
  @IsString() @Length(1, 200) decisionRef: string;
}

export class TransferVillageDto {
  @IsUUID() toCommuneId: string;
  @IsPastIsoDate() effectiveOn: string;
  @IsString() @Length(1, 200) decisionRef: string;
}

export class ListUnitsQuery extends ListQuery {
  @IsOptional() @IsIn(ADMIN_UNIT_KINDS) kind?: AdminUnitKind;
  @IsOptional() @IsUUID() parentId?: string;
  @IsOptional() @IsIn(CLASSIFICATIONS) classification?: Classification;
  @IsOptional() @IsIn(ADMIN_UNIT_STATUSES) status?: AdminUnitStatus;
  @IsOptional() @IsString() @Length(1, 100) q?: string;
}

export class AsOfQuery {
  @IsOptional() @IsString() asOf?: string;
}
