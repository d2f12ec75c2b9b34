/*
 * A seeded, order-free random draw: each candidate gets its own number from the seed and its key alone,
 * so the same seed always draws the same sample, whatever order the portfolios were loaded in, and a
 * decision added to the cohort never reshuffles the others.
 */

/** FNV-1a over the key's UTF-16 units, then murmur3's finaliser mixed with the seed: a uint32. */
function hash32(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The candidate's priority in a weighted draw without replacement (Efraimidis and Spirakis): ln(u) / w
 * for a uniform u in (0, 1); the highest priorities are drawn first, and a weight of 3 makes a draw
 * about three times as likely.
 */
export function drawPriority(seed: number, key: string, weight: number): number {
  const u = (hash32(seed, key) + 0.5) / 0x1_0000_0000;
  return Math.log(u) / weight;
}
