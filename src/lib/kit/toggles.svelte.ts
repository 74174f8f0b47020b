// A scene's switches (what to draw) as a list in a fixed order, so the URL
// reads the same however they were switched on: `show=sum,dot`, never `dot,sum`.

export function withFlag<T>(all: readonly T[], current: readonly T[], flag: T, on: boolean): T[] {
  return all.filter((x) => (x === flag ? on : current.includes(x)));
}
