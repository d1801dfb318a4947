import { IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { IsIsoDate, IsVnd, ListQuery } from '@kn/platform';
import { FUNDING_KINDS, PROJECT_CATEGORIES, PROJECT_STATUSES, RESOURCE_SOURCES } from '../domain/twinning.labels.js';
import type { FundingKind, ProjectCategory, ProjectStatus, ResourceSource } from '../domain/twinning.labels.js';

export class ProposeProjectDto {
  @IsUUID() adminUnitId: string;
  @IsOptional() @IsUUID() pairingId?: string | null;
  @IsIn(PROJECT_CATEGORIES) category: ProjectCategory;
  @IsString() @Length(1, 300) title: string;
  @IsVnd() plannedBudgetVnd: number;
  @IsIsoDate() plannedStartOn: string;
  @IsIsoDate() plannedEndOn: string;
}

export class ApproveProjectDto {
  @IsIsoDate() approvedOn: string;
  @IsString() @Length(1, 200) decisionRef: string;
}

export class FundingDto {
  @IsIn(FUNDING_KINDS) kind: FundingKind;
  @IsIn(RESOURCE_SOURCES) source: ResourceSource;
  @IsVnd({ positive: true }) amountVnd: number;
  @IsIsoDate() on: string;
  @IsOptional() @IsUUID() sponsorOrganizationId?: string | null;
  @IsOptional() @IsString() @Length(1, 200) sponsorName?: string | null;
}

export class StartWorkDto {
  @IsIsoDate() startedOn: string;
}

export class ReportProgressDto {
  @IsNumber() percent: number;
  @IsIsoDate() on: string;
  @IsOptional() @IsString() @Length(0, 2000) note?: string;
}

export class CompleteProjectDto {
  @IsIsoDate() completedOn: string;
  @IsVnd() actualCostVnd: number;
  /** Counted outputs (`{"lights": 60}`); values are checked by the domain (400 with the field). */
  @IsObject() outputs: Record<string, number>;
  @IsInt() @Min(0) beneficiaryHouseholds: number;
}

export class HandOverProjectDto {
  @IsIsoDate() handedOverOn: string;
  @IsUUID() toAdminUnitId: string;
}

export class CancelProjectDto {
  @IsString() @Length(1, 1000) reason: string;
  @IsOptional() @IsIsoDate() cancelledOn?: string;
}

export class ListProjectsQuery extends ListQuery {
  @IsOptional() @IsIn(PROJECT_STATUSES) status?: ProjectStatus;
  @IsOptional() @IsIn(PROJECT_CATEGORIES) category?: ProjectCategory;
  @IsOptional() @IsUUID() adminUnitId?: string;
  @IsOptional() @IsUUID() pairingId?: string;
}
