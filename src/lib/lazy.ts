/** A value worked out on first use, then kept. */
export class Lazy<T> {
  private value: { v: T } | null = null;

  constructor(private readonly make: () => T) {}

  /** The value, working it out now if need be. */
  get(): T {
    this.value ??= { v: this.make() };
    return this.value.v;
  }

  /** The value if it was worked out already, else `null`. */
  peek(): T | null {
    return this.value === null ? null : this.value.v;
  }
}
