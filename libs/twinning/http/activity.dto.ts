import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsIsoDate, IsVnd } from '@kn/platform';
import {
  ACTIVITY_KINDS,
  EXCHANGE_KINDS,
  GIFT_RECIPIENTS,
  INITIATORS,
  OUTREACH_TOPICS,
  RESOURCE_SOURCES,
  RESOURCE_TYPES,
} from '../domain/twinning.labels.js';
import type {
  ActivityKind,
  ExchangeKind,
  GiftRecipient,
  Initiator,
  OutreachTopic,
  ResourceSource,
  ResourceType,
} from '../domain/twinning.labels.js';

export class ParticipantsDto {
  @IsInt() @Min(0) organizationMembers: number;
  @IsInt() @Min(0) residents: number;
}

export class ResourceDto {
  @IsIn(RESOURCE_TYPES) type: ResourceType;
  @IsVnd() valueVnd: number;
  @IsIn(RESOURCE_SOURCES) source: ResourceSource;
}

export class GiftItemDto {
  @IsString() @Length(1, 200) name: string;
  @IsNumber() quantity: number;
  @IsString() @Length(1, 50) unit: string;
  @IsVnd() valueVnd: number;
}

/**
 * One body for every kind (API.md): the common fields, plus each kind's own fields, optional
 * here. Which of them a kind requires — and that no other kind's field is sent — is checked by
 * the domain's rule table and the handler (400 naming the field).
 */
export class RecordActivityDto {
  @IsIn(ACTIVITY_KINDS) kind: ActivityKind;
  @IsIsoDate() occurredOn: string;
  @IsIn(INITIATORS) initiator: Initiator;
  @IsOptional() @IsUUID() locationAdminUnitId?: string | null;
  @IsOptional() @IsString() @Length(1, 300) locationName?: string | null;
  @ValidateNested() @Type(() => ParticipantsDto) participants: ParticipantsDto;
  @IsString() @Length(1, 5000) summary: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ResourceDto)
  resources?: ResourceDto[];
  @IsOptional() @IsArray() @ArrayMaxSize(5000) @IsUUID('all', { each: true }) beneficiaryHouseholdIds?: string[];
  /** Other organisations that organised it together with the pairing's (each active, no duplicates). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  coOrganizerIds?: string[];
  // gift
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => GiftItemDto)
  items?: GiftItemDto[];
  @IsOptional() @IsIn(GIFT_RECIPIENTS) recipient?: GiftRecipient;
  // exchange
  @IsOptional() @IsIn(EXCHANGE_KINDS) exchangeKind?: ExchangeKind;
  // outreach
  @IsOptional() @IsArray() @IsIn(OUTREACH_TOPICS, { each: true }) topics?: OutreachTopic[];
  // immersion_stay
  @IsOptional() @IsInt() nights?: number;
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) hostHouseholdIds?: string[];
  // study_tour
  @IsOptional() @IsString() @Length(1, 300) destination?: string;
  @IsOptional() @IsArray() @IsString({ each: true }) modelsStudied?: string[];
  // volunteer_work
  @IsOptional() @IsNumber() labourDays?: number;
}
