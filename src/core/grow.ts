/** A typed array grown to `size`, its entries copied (the compact lists grow by doubling). */
export function grown<T extends Int32Array | Uint8Array | Float64Array>(from: T, size: number): T {
  const to = new (from.constructor as new (length: number) => T)(size);
  to.set(from);
  return to;
}
