import { generatorTexts } from './texts';

/**
 * A small seeded random generator, so a draw can be repeated exactly by an auditor with the seed
 * from the report. sfc32 (Chris Doty-Humphrey's Small Fast Counting generator) passes PractRand
 * and is simple enough to re-implement from this file; its 128-bit state is filled from the seed
 * with splitmix32. Never use Math.random for anything that must be reproducible.
 */
/** How the generator is named in a result and a publication (texts.ts; part of the fingerprinted text). */
export const prngDescription = generatorTexts.description;

export const maxSeed = Number.MAX_SAFE_INTEGER;

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function isValidSeed(seed: number): boolean {
  return Number.isSafeInteger(seed) && seed >= 0;
}

export function createRandom(seed: number): Random {
  if (!isValidSeed(seed)) throw new RangeError(`Ongeldige seed: ${seed}`);
  // Both halves of a seed up to 2^53 feed the state, so 5 and 2^32 + 5 give different streams.
  const low = seed % 0x1_0000_0000;
  const high = Math.floor(seed / 0x1_0000_0000);
  const mix = splitmix32(low ^ Math.imul(high, 0x27d4eb2d));
  let a = mix() ^ high;
  let b = mix();
  let c = mix();
  let d = mix() | 1;
  const next32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs: the state needs a few rounds to mix.
  for (let i = 0; i < 15; i++) next32();
  const next = () => next32() / 0x1_0000_0000;
  return {
    next,
    int: (n) => {
      if (!Number.isInteger(n) || n <= 0) throw new RangeError(`int(${n})`);
      // Rejection sampling: no modulo bias, so every index is exactly equally likely.
      const limit = 0x1_0000_0000 - (0x1_0000_0000 % n);
      for (;;) {
        const r = next32();
        if (r < limit) return r % n;
      }
    },
  };
}

/** A fresh seed for a new draw; the caller passes the entropy source (crypto in the app). */
export function seedFromEntropy(randomUint32: () => number): number {
  // 48 bits: large enough never to collide in practice, short enough to read aloud.
  return (randomUint32() % 0x1_0000) * 0x1_0000_0000 + randomUint32();
}
