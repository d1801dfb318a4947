import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsIsoDate, IsVnd, ListQuery } from '@kn/platform';
import { BOUNDARIES, type Boundaries } from '@kn/shared';
import {
  ACTIVITY_KINDS,
  INITIATORS,
  PAIRING_STATUSES,
  type ActivityKind,
  type Initiator,
  type PairingStatus,
} from '../domain/twinning.labels.js';

export class EstablishPairingDto {
  @IsUUID() organizationId: string;
  @IsUUID() adminUnitId: string;
  @IsIsoDate() establishedOn: string;
  @IsString() @Length(1, 200) decisionRef: string;
}

export class AdoptPlanDto {
  @IsInt() @Min(2000) @Max(2100) year: number;
  @IsArray() @IsString({ each: true }) @Length(1, 1000, { each: true }) objectives: string[];
  /** Keys and counts are checked by the domain's plan rules (400 with the field). */
  @IsObject() plannedActivities: Record<string, number>;
  @IsVnd() budgetVnd: number;
}

export class CorrectActivityDto {
  /** Any activity fields of the record's kind; the domain's rule table checks them (400 with the field). */
  @IsObject() changes: Record<string, unknown>;
  @IsString() @Length(1, 1000) reason: string;
}

export class VoidActivityDto {
  @IsString() @Length(1, 1000) reason: string;
}

export class EndPairingDto {
  @IsIsoDate() endedOn: string;
  @IsString() @Length(1, 1000) reason: string;
}

export class ListPairingsQuery extends ListQuery {
  @IsOptional() @IsUUID() organizationId?: string;
  @IsOptional() @IsUUID() adminUnitId?: string;
  @IsOptional() @IsIn(PAIRING_STATUSES) status?: PairingStatus;
}

export class ListActivitiesQuery extends ListQuery {
  @IsOptional() @IsUUID() pairingId?: string;
  @IsOptional() @IsUUID() organizationId?: string;
  @IsOptional() @IsUUID() adminUnitId?: string;
  @IsOptional() @IsIn(ACTIVITY_KINDS) kind?: ActivityKind;
  @IsOptional() @IsIn(INITIATORS) initiator?: Initiator;
  @IsOptional() @IsIsoDate() from?: string;
  @IsOptional() @IsIsoDate() to?: string;
  @IsOptional() @IsIn(['true', 'false']) includeVoided?: 'true' | 'false';
}

export class CoverageQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  /** `then` (default): the year's own communes; `today`: re-based along the lineage to today's communes. */
  @IsOptional() @IsIn(BOUNDARIES) boundaries?: Boundaries;
}

export class AsOfQuery {
  @IsOptional() @IsString() asOf?: string;
}
