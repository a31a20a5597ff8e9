/**
 * mulberry32: a small, fast, seeded 32-bit PRNG — the same seed always gives the same sequence, for
 * reproducible samples (the matching's latent space), generated benchmark data and property tests.
 * Not for anything secret (use node:crypto).
 */
export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
