import { createHash } from 'node:crypto';

/**
 * A named statement: node-postgres parses and plans it once per connection instead of on every
 * call (append and log reads are hot; parse and plan were a large share of their CPU).
 */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export function statement(text: string): Statement {
  return { name: `es_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text };
}

/** A bounded map of recently used stream heads; the oldest entry leaves first. */
export class RecentMap<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }

  delete(key: string): void {
    this.map.delete(key);
  }
}
