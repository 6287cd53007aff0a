/**
 * The candidate closest to a misspelt name (`corss_config` → `cors_config`,
 * `corsConfig` → `cors_config`, `PhoneNumbers` → `phoneNumbers`), or undefined when none is close. Called only
 * when a problem is reported, so its cost never touches valid documents.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
  if (snake !== name && candidates.includes(snake)) return snake;
  const folded = name.toLowerCase();
  const sameLetters = candidates.find((c) => c.toLowerCase() === folded);
  if (sameLetters !== undefined) return sameLetters;
  const limit = Math.max(2, Math.floor(name.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) >= bestDistance) continue;
    const d = editDistance(name, c, bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `cap`) once it reaches `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return prev[b.length];
}
