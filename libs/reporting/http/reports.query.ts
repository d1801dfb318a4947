import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { BOUNDARIES, type Boundaries } from '@kn/shared';

export const FORMATS = ['json', 'xlsx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];
/** The program began in 2013 (197-TB/VPTU); earlier years are allowed for baselines. */
export const FIRST_YEAR = 2000;
export const LONGEST_REVIEW_YEARS = 30;

export class AnnualReportQuery {
  @Type(() => Number) @IsInt() @Min(FIRST_YEAR) @Max(2100) year!: number;
  @IsOptional() @IsIn(FORMATS) format?: Format;
  /** A draft's tables by commune under the year's units (`then`, default) or today's; an issued report only as issued. */
  @IsOptional() @IsIn(BOUNDARIES) boundaries?: Boundaries;
}

export class ReviewReportQuery {
  @Type(() => Number) @IsInt() @Min(FIRST_YEAR) @Max(2100) from!: number;
  @Type(() => Number) @IsInt() @Min(FIRST_YEAR) @Max(2100) to!: number;
  @IsOptional() @IsIn(FORMATS) format?: Format;
}

export class YearParams {
  @Type(() => Number) @IsInt() @Min(FIRST_YEAR) @Max(2100) year!: number;
}

export class DraftSectionsDto {
  @IsOptional() @IsString() @Length(0, 20_000) limitations?: string;
  @IsOptional() @IsString() @Length(0, 20_000) causes?: string;
  @IsOptional() @IsString() @Length(0, 20_000) directions?: string;
  @IsOptional() @IsString() @Length(0, 20_000) recommendations?: string;
}

export class DraftReportDto {
  @IsObject() @ValidateNested() @Type(() => DraftSectionsDto) sections!: DraftSectionsDto;
}

export class SignerDto {
  @IsString() @Length(1, 120) name!: string;
  @IsString() @Length(1, 120) title!: string;
}

export class IssueReportDto {
  @IsString() @Length(1, 40) number!: string;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) issuedOn!: string;
  @IsString() @Length(1, 120) place!: string;
  @IsObject() @ValidateNested() @Type(() => SignerDto) signer!: SignerDto;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  recipients!: string[];
}

export class ReportFigureParams extends YearParams {
  @Matches(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+){1,4}$/, {
    message: 'figure must be a path of the dashboard JSON, e.g. households.poor',
  })
  figure!: string;
}

export class ReportFigureQuery {
  /** One commune's part of the figure (a cell of the report's tables by commune). */
  @IsOptional() @IsUUID() communeId?: string;
  @IsOptional()
  @Matches(/^[a-z]+-[0-9A-Za-z-]{1,64}$/, { message: 'after must be the "next" of a previous page' })
  after?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}
