import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export const FORMATS = ['json', 'xlsx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];
/** The program began in 2013 (197-TB/VPTU); earlier years are allowed for baselines. */
export const FIRST_YEAR = 2000;
export const LONGEST_REVIEW_YEARS = 30;

export class AnnualReportQuery {
  @Type(() => Number) @IsInt() @Min(FIRST_YEAR) @Max(2100) year!: number;
  @IsOptional() @IsIn(FORMATS) format?: Format;
}

export class ReviewReportQuery {
  @Type(() => Number) @IsInt() @Min(FIRST_YEAR) @Max(2100) from!: number;
  @Type(() => Number) @IsInt() @Min(FIRST_YEAR) @Max(2100) to!: number;
  @IsOptional() @IsIn(FORMATS) format?: Format;
}
