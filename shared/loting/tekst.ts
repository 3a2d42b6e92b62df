/** Dutch number formatting without Intl (shared runs everywhere; output must be identical). */
export function procent(p: number, decimalen = 1): string {
  return `${(p * 100).toFixed(decimalen).replace('.', ',')}%`;
}

export function getal(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function opsomming(items: string[], max = 5): string {
  const getoond = items.slice(0, max);
  const rest = items.length - getoond.length;
  return rest > 0 ? `${getoond.join(', ')} en nog ${rest}` : getoond.join(', ');
}

/** A percentage that stays readable when it is tiny (e.g. a 99 % bound of 0,0023%). */
export function klein(p: number): string {
  return procent(p, p > 0 && p < 0.001 ? 4 : 2);
}
