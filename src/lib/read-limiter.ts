/** Runs at most `limit` reads at once, so a build over thousands of notes does not open them all. */
export class ReadLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

/** Reads every item at once; `null` for one whose read failed (a note deleted meanwhile), the others kept. */
export async function readAllOrNull<T>(items: readonly T[], read: (item: T) => Promise<string>): Promise<Array<string | null>> {
  try {
    return await Promise.all(items.map(read));
  } catch {
    // One read failed: read them one by one to keep the rest.
    return Promise.all(items.map((item) => read(item).catch(() => null)));
  }
}
