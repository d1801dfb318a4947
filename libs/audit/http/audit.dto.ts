import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class AuditEventsQuery {
  /** A name or code of a commune, household, organisation… (diacritics optional). */
  @IsOptional() @IsString() @Length(1, 100) q?: string;
  @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
  @IsOptional()
  @IsString()
  @Matches(/^([a-z]+-)?[0-9A-Za-z-]{1,64}$/, { message: 'entityId must be an entity id or a stream id' })
  entityId?: string;
  @IsOptional() @IsIn(['json', 'csv', 'xlsx']) format?: 'json' | 'csv' | 'xlsx';
  @IsOptional()
  @IsString()
  @Matches(/^[a-z]+-[0-9a-f-]{36}$/, { message: 'streamId must look like <category>-<uuid>' })
  streamId?: string;
  @IsOptional() @IsString() @Length(1, 100) actor?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z]{1,100}$/, { message: 'type must be an event type name' }) type?: string;
  @IsOptional() @IsISO8601() from?: string;
  @IsOptional() @IsISO8601() to?: string;
  @IsOptional()
  @Matches(/^\d{1,15}:\d{1,15}$/, { message: 'after must be the "next" cursor of a previous page' })
  after?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class RejectedCommandsQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
}
