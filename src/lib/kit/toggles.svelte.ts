// A scene's switches (what to draw) as a list in a fixed order, so the URL
// reads the same however they were switched on: `show=sum,dot`, never `dot,sum`.

export function withFlag<T>(all: readonly T[], current: readonly T[], flag: T, on: boolean): T[] {
  return all.filter((x) => (x === flag ? on : current.includes(x)));
}

/** The constructions switched on, out of `all`; `list` is what the snapshot and the URL hold. */
export class Toggles<T extends string> {
  list = $state.raw<readonly T[]>([]);

  constructor(
    readonly all: readonly T[],
    initial: readonly T[],
  ) {
    this.list = initial;
  }

  has(flag: T): boolean {
    return this.list.includes(flag);
  }

  set(flag: T, on: boolean): void {
    this.list = withFlag(this.all, this.list, flag, on);
  }
}
