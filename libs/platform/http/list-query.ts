import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?limit=&offset=` (limit ≤ 200) shared by every list query. */
export class ListQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(10_000_000) offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export function pageOf<T>(items: T[], total: number): Page<T> {
  return { items, total };
}
