/**
 * Deep-freezes a value in place and returns it. Test files share one module cache (the node
 * project runs without isolation), so a fixture one file changes would leak into the next; frozen,
 * such a change throws a TypeError at the line that makes it. Clone with `structuredClone` first
 * when a test needs its own changeable copy.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  // Typed arrays and buffers cannot be frozen while they hold elements; their contents stay shared.
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return value;
}
