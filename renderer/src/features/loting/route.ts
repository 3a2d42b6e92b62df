/** `#/loting` (pools and import) and `#/loting/<pool-id>` (quota, computation, result). */
export type LotingRoute = { name: 'loting'; poolId?: string };

export function parseLotingRoute(hash: string): LotingRoute | undefined {
  const match = /^#\/loting(?:\/([0-9a-f-]{36}))?\/?$/i.exec(hash);
  if (!match) return undefined;
  return match[1] ? { name: 'loting', poolId: match[1] } : { name: 'loting' };
}

export function lotingHash(route: LotingRoute): string {
  return route.poolId ? `#/loting/${route.poolId}` : '#/loting';
}
