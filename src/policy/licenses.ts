// License allow / deny lists against the license a lockfile states, with spdx-satisfies (v6: an expression
// against a list of single licenses, "+" and "-or-later" ranges understood).
import parseSpdx from 'spdx-expression-parse'
import satisfies from 'spdx-satisfies'
import { normalizeLicense, spdxExpression } from '../sbom/licenses.js'

export type LicenseVerdict =
  | { ok: true }
  | { ok: false; reason: 'denied'; licenses: string[] }
  | { ok: false; reason: 'not-allowed' }
  | { ok: false; reason: 'unknown'; detail: string }

type Node = parseSpdx.Info

/** A single license of an expression, as spdx-satisfies reads it: "GPL-2.0+ WITH Classpath-exception-2.0". */
function leafText(leaf: parseSpdx.LicenseInfo): string {
  return `${leaf.license}${leaf.plus ? '+' : ''}${leaf.exception ? ` WITH ${leaf.exception}` : ''}`
}

/** Past this many alternatives an expression is not expanded further (it only grows with ANDs of ORs). */
const MAX_CHOICES = 256

/** The expression as alternatives (OR) of licenses that all apply (AND). */
function choices(node: Node): string[][] {
  if (!('conjunction' in node)) return [[leafText(node)]]
  const left = choices(node.left)
  const right = choices(node.right)
  if (node.conjunction === 'or') return [...left, ...right].slice(0, MAX_CHOICES)
  const out: string[][] = []
  for (const l of left) for (const r of right) if (out.length < MAX_CHOICES) out.push([...l, ...r])
  return out
}

function inList(license: string, list: readonly string[]): boolean {
  if (!list.length) return false
  try {
    return satisfies(license, [...list])
  } catch {
    return false // an id spdx-satisfies' own parser does not know
  }
}

/** The SPDX form of a license the config names ("mit" → "MIT"), or undefined when it is not one license. */
export function normalizeListedLicense(text: string): string | undefined {
  const expression = spdxExpression(normalizeLicense(text))
  if (!expression) return undefined
  try {
    const parsed = parseSpdx(expression)
    return 'conjunction' in parsed ? undefined : expression
  } catch {
    return undefined
  }
}

const cache = new Map<string, LicenseVerdict>()
/** The cache key part of an allow and a deny list, per list object: a policy's lists are joined once. */
const listKeys = new WeakMap<readonly string[], WeakMap<readonly string[], string>>()

/**
 * Whether a package's license passes: some alternative of its expression whose licenses are all on the
 * allow list (when there is one) and none on the deny list. "MIT OR GPL-3.0-only" passes a deny list of
 * GPL-3.0-only, since MIT can be chosen; "MIT AND GPL-3.0-only" does not. A missing license, a name that is
 * not SPDX, NOASSERTION and NONE are unknown.
 */
export function checkLicense(
  license: string | undefined,
  allow: readonly string[],
  deny: readonly string[],
): LicenseVerdict {
  if (license === undefined || !license.trim())
    return { ok: false, reason: 'unknown', detail: 'no license recorded' }
  let lists = listKeys.get(allow)?.get(deny)
  if (lists === undefined) {
    lists = `${allow.join(' ')}\u0000${deny.join(' ')}`
    const byDeny = listKeys.get(allow) ?? new WeakMap<readonly string[], string>()
    byDeny.set(deny, lists)
    listKeys.set(allow, byDeny)
  }
  const key = `${license}\u0000${lists}`
  let verdict = cache.get(key)
  if (!verdict) {
    verdict = check(license, allow, deny)
    if (cache.size < 10_000) cache.set(key, verdict)
  }
  return verdict
}

function check(license: string, allow: readonly string[], deny: readonly string[]): LicenseVerdict {
  const expression = spdxExpression(normalizeLicense(license))
  if (!expression || /^(NOASSERTION|NONE)$/i.test(expression))
    return { ok: false, reason: 'unknown', detail: `"${license.trim()}" is not an SPDX license expression` }
  let options: string[][]
  try {
    options = choices(parseSpdx(expression))
  } catch {
    return { ok: false, reason: 'unknown', detail: `"${license.trim()}" is not an SPDX license expression` }
  }
  const denied = new Set<string>()
  let allDenied = true
  for (const option of options) {
    const bad = option.filter((l) => inList(l, deny))
    for (const b of bad) denied.add(b)
    if (!bad.length) allDenied = false
    if (!bad.length && (!allow.length || option.every((l) => inList(l, allow)))) return { ok: true }
  }
  return allDenied
    ? { ok: false, reason: 'denied', licenses: [...denied].sort() }
    : { ok: false, reason: 'not-allowed' }
}
