// Which base package becomes which head package, when a project has several versions of one name (npm
// nests copies: debug@2 under one package, debug@4 at the top).
import type { Ecosystem } from '../model.js'
import { sortableVersions } from './versions.js'

export interface Versioned {
  purl: string
  version?: string
}

export interface Pairing<T> {
  pairs: Array<[T, T]>
  /** Base items left without a partner. */
  removed: T[]
  /** Head items left without a partner. */
  added: T[]
}

/**
 * The release line of a version, for pairing: its first number, or its first two when the first is 0
 * (0.x minors are majors in SemVer and Cargo). "4.17.21" → "4", "0.33.1" → "0.33".
 */
export function releaseLine(version: string | undefined): string {
  if (version === undefined) return ''
  const numbers = version.match(/\d+/g)
  if (!numbers) return version
  const first = numbers[0].replace(/^0+(?=\d)/, '')
  return first === '0' && numbers.length > 1 ? `0.${numbers[1].replace(/^0+(?=\d)/, '')}` : first
}

/**
 * Pairs the versions of one package name in one project, base with head:
 * 1. the same purl on both sides (unchanged, or only its scope, hashes, license changed);
 * 2. the same version (its source changed);
 * 3. the rest in version order: each side sorted by the ecosystem's ordering, and as many pairs as the
 *    shorter side has items, order kept (the lowest base with the lowest head ...). When one side has more,
 *    the items left out are chosen so that the most pairs stay on one release line (same major, or same
 *    0.minor); among equal choices, the newest items are paired.
 * What is left is removed (base) or added (head).
 */
export function pairVersions<T>(
  ecosystem: Ecosystem,
  base: T[],
  head: T[],
  of: (item: T) => Versioned,
): Pairing<T> {
  if (base.length === 1 && head.length === 1) return { pairs: [[base[0], head[0]]], removed: [], added: [] }
  if (!base.length || !head.length) return { pairs: [], removed: [...base], added: [...head] }
  const pairs: Array<[T, T]> = []
  let b = [...base]
  let h = [...head]
  for (const same of [
    (x: T, y: T) => of(x).purl === of(y).purl,
    (x: T, y: T) => of(x).version === of(y).version,
  ]) {
    const restB: T[] = []
    for (const x of b) {
      const i = h.findIndex((y) => same(x, y))
      if (i === -1) restB.push(x)
      else {
        pairs.push([x, h[i]])
        h = [...h.slice(0, i), ...h.slice(i + 1)]
      }
    }
    b = restB
  }
  const order = (x: T, y: T): number =>
    sortableVersions(ecosystem, of(x).version, of(y).version) || cmp(of(x).purl, of(y).purl)
  b.sort(order)
  h.sort(order)
  const aligned = align(b.map(of), h.map(of))
  for (const [i, j] of aligned) pairs.push([b[i], h[j]])
  const usedB = new Set(aligned.map(([i]) => i))
  const usedH = new Set(aligned.map(([, j]) => j))
  return {
    pairs,
    removed: b.filter((_, i) => !usedB.has(i)),
    added: h.filter((_, j) => !usedH.has(j)),
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Order-keeping pairs (index in a, index in b), as many as the shorter list, fewest across release lines. */
function align(a: Versioned[], b: Versioned[]): Array<[number, number]> {
  if (a.length === b.length) return a.map((_, i) => [i, i])
  const swap = a.length > b.length
  const short = swap ? b : a
  const long = swap ? a : b
  const k = short.length
  const l = long.length
  const lineS = short.map((x) => releaseLine(x.version))
  const lineL = long.map((x) => releaseLine(x.version))
  const cost = (i: number, j: number): number => (lineS[i] === lineL[j] ? 0 : 1)
  // f[i][j]: fewest cross-line pairs placing short[0..i) within long[0..j)
  const f: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(l + 1).fill(Infinity))
  for (let j = 0; j <= l; j++) f[0][j] = 0
  for (let i = 1; i <= k; i++)
    for (let j = i; j <= l; j++) f[i][j] = Math.min(f[i][j - 1], f[i - 1][j - 1] + cost(i - 1, j - 1))
  const out: Array<[number, number]> = []
  let i = k
  let j = l
  while (i > 0) {
    // prefer pairing long[j-1] (the newest still free) when it costs no more
    if (f[i - 1][j - 1] + cost(i - 1, j - 1) === f[i][j]) {
      out.push(swap ? [j - 1, i - 1] : [i - 1, j - 1])
      i--
    }
    j--
  }
  return out.reverse()
}
