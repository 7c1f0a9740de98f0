/**
 * A map for the per-table bookkeeping of rules ("each level cell once", "first use of a name"): a table has a few
 * dozen rows, so its keys live in two arrays searched linearly, and one instance is cleared and reused from table
 * to table instead of a new Map per table. Past `LINEAR_MAX` keys it moves them into a real Map, so a table of
 * thousands of rows stays linear in time. Keys compare with ===, as in a Map (numbers or strings).
 */
const LINEAR_MAX = 48;

export class SmallMap<K extends string | number, V> {
  private readonly keys: K[] = [];
  private readonly values: V[] = [];
  private big: Map<K, V> | null = null;

  clear(): this {
    this.keys.length = 0;
    this.values.length = 0;
    this.big = null;
    return this;
  }

  get size(): number {
    return this.big ? this.big.size : this.keys.length;
  }

  get(k: K): V | undefined {
    if (this.big) return this.big.get(k);
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === k) return this.values[i];
    return undefined;
  }

  has(k: K): boolean {
    if (this.big) return this.big.has(k);
    return this.keys.indexOf(k) >= 0;
  }

  set(k: K, v: V): this {
    if (this.big) {
      this.big.set(k, v);
      return this;
    }
    const i = this.keys.indexOf(k);
    if (i >= 0) this.values[i] = v;
    else if (this.keys.length < LINEAR_MAX) {
      this.keys.push(k);
      this.values.push(v);
    } else {
      this.big = new Map<K, V>();
      for (let j = 0; j < this.keys.length; j++) this.big.set(this.keys[j], this.values[j]);
      this.big.set(k, v);
      this.keys.length = 0;
      this.values.length = 0;
    }
    return this;
  }

  /** Adds `k` with value `v` unless present; true when it was added (a set's "first time seen"). */
  add(k: K, v: V): boolean {
    if (this.has(k)) return false;
    this.set(k, v);
    return true;
  }

  /** The values in insertion order. */
  valueList(): readonly V[] {
    return this.big ? [...this.big.values()] : this.values;
  }
}

/** A cell as one number key (rows below 2^31, columns below 2^21). */
export function cellKey(c: { readonly row: number; readonly col: number }): number {
  return c.row * 2097152 + c.col;
}
