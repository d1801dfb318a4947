import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsIsoDate, IsPastIsoDate, IsVnd, ListQuery } from '@kn/platform';
import { BOUNDARIES, type Boundaries } from '@kn/shared';
import { COMMITMENT_KINDS, type CommitmentKind } from '../domain/household.events.js';
import {
  AREAS,
  CLASSIFICATIONS,
  type Area,
  type Classification,
} from '../domain/poverty-standards/poverty-standard.types.js';

const GENDERS = ['male', 'female', 'other'] as const;

export class HeadDto {
  @IsString() @Length(1, 200) fullName: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1900) @Max(2100) birthYear?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(GENDERS) gender?: (typeof GENDERS)[number] | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @Length(1, 40) idNumber?: string | null;
}

export class RegisterHouseholdDto {
  @IsUUID() communeId: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() villageId?: string | null;
  @IsString() @Length(1, 40) code: string;
  @ValidateNested() @Type(() => HeadDto) head: HeadDto;
  @IsString() @Length(1, 60) ethnicity: string;
  @IsInt() @Min(1) @Max(100) memberCount: number;
  /** Rural or urban; when omitted, the commune's by its type (xã rural, phường / thị trấn urban). */
  @IsOptional() @IsIn(AREAS) area?: Area;
  @IsPastIsoDate() registeredOn: string;
}

export class AssessPovertyDto {
  @IsInt() @Min(2000) @Max(2100) reviewYear: number;
  @IsPastIsoDate() assessedOn: string;
  @IsVnd() incomePerCapitaVnd: number;
  @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 60, { each: true }) deprivations: string[];
  @IsOptional() @IsString() @Length(1, 40) standard?: string;
}

export class SponsorDto {
  /** The sponsoring organisation; with `individualName`, the organisation that person belongs to (or null). */
  @ValidateIf((o: SponsorDto) => o.individualName === undefined || (o.organizationId ?? null) !== null)
  @IsUUID()
  organizationId?: string | null;
  @ValidateIf((o: SponsorDto) => o.individualName !== undefined || (o.organizationId ?? null) === null)
  @IsString()
  @Length(1, 200)
  individualName?: string;
}

export class CommitSupportDto {
  @ValidateNested() @Type(() => SponsorDto) sponsor: SponsorDto;
  @IsIn(COMMITMENT_KINDS) kind: CommitmentKind;
  @IsString() @Length(1, 1000) description: string;
  @IsVnd({ positive: true }) valueVnd: number;
  @IsPastIsoDate() @IsOptional() committedOn?: string;
  @IsIsoDate() dueOn: string;
}

export class DeliverSupportDto {
  @IsPastIsoDate() deliveredOn: string;
  @IsString() @Length(1, 1000) description: string;
  @IsVnd({ positive: true }) valueVnd: number;
}

export class FulfilCommitmentDto {
  @IsPastIsoDate() fulfilledOn: string;
}

export class ReasonDto {
  @IsString() @Length(1, 1000) reason: string;
}

export class MergeHouseholdDto {
  /** The household that stays. */
  @IsUUID() survivorId: string;
  @IsString() @Length(1, 1000) reason: string;
}

export class MoveHouseholdDto {
  @IsUUID() toCommuneId: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() toVillageId?: string | null;
  @IsPastIsoDate() movedOn: string;
  /** Extension: a move from a rural commune to an urban ward changes the poverty line. */
  @IsOptional() @IsIn(AREAS) area?: Area;
}

export class ChangeMembersDto {
  @IsInt() @Min(1) @Max(100) memberCount: number;
  @IsPastIsoDate() effectiveOn: string;
}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListHouseholdsQuery extends ListQuery {
  /** A household code (prefix, any case) or words of the head's name (all must match; diacritics do not count). */
  @IsOptional() @IsString() @Length(1, 200) q?: string;
  @IsOptional() @IsUUID() communeId?: string;
  @IsOptional() @IsIn([...CLASSIFICATIONS, 'unassessed']) status?: Classification | 'unassessed';
  @IsOptional() @Transform(toBool) @IsIn([true, false]) hasOpenCommitment?: boolean;
  @IsOptional() @Transform(toBool) @IsIn([true, false]) ethnicMinority?: boolean;
}

export class ListCommitmentsQuery extends ListQuery {
  @IsOptional() @IsIn(['open', 'overdue', 'fulfilled', 'cancelled']) status?:
    'open' | 'overdue' | 'fulfilled' | 'cancelled';
  @IsOptional() @IsUUID() sponsorOrganizationId?: string;
  @IsOptional() @IsUUID() communeId?: string;
  @IsOptional() @IsUUID() householdId?: string;
}

export class AsOfQuery {
  @IsOptional() @IsString() asOf?: string;
}

export class WhatIfQuery {
  @IsString() @Length(1, 40) standard: string;
  @IsOptional() @IsUUID() communeId?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) reviewYear?: number;
}

export class ForReviewQuery {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) reviewYear: number;
}

/** The review year of `/assessments/{reviewYear}/restate`, validated like a body field. */
export class ReviewYearParams {
  @IsUUID() id: string;
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) reviewYear: number;
}

export class DynamicsQuery {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year: number;
  @IsOptional() @IsUUID() communeId?: string;
  /** `then` (default): each review under its commune of the time; `today`: re-based to today's commune. */
  @IsOptional() @IsIn(BOUNDARIES) boundaries?: Boundaries;
}
