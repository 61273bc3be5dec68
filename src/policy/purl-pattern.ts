// purl patterns of denied packages: "pkg:npm/left-pad", "pkg:npm/@types/*", "pkg:maven/org.apache.logging.log4j/*".
import type { Ecosystem } from '../model.js'

export interface PurlPattern {
  /** purl type, lower case; "*" for any. */
  type: string
  /** Matches the decoded "namespace/name" of a purl. */
  name: RegExp
  /** The pattern as written. */
  text: string
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** PEP 503: PyPI names compare lower-cased with runs of "-", "_", "." as one "-". */
function normalizeName(type: string, name: string): string {
  const lower = name.toLowerCase()
  return type === 'pypi' ? lower.replace(/[-_.]+/g, '-') : lower
}

/**
 * Type and decoded "namespace/name" of a purl, without version, qualifiers and subpath:
 * "pkg:npm/%40babel/core@7.1.0?x=y" → { type: "npm", path: "@babel/core" }. Names compare case-insensitively.
 */
export function purlIdentity(purl: string): { type: string; path: string } | undefined {
  const m = /^pkg:([^/]+)\/+([^?#]*)/i.exec(purl.trim())
  if (!m) return undefined
  const type = m[1].toLowerCase()
  let rest = m[2].replace(/\/+$/, '')
  const slash = rest.lastIndexOf('/')
  const at = rest.indexOf('@', slash + 1)
  if (at !== -1) rest = rest.slice(0, at)
  return { type, path: normalizeName(type, rest.split('/').map(decode).join('/')) }
}

const ECOSYSTEM_TYPES = new Set<string>(['npm', 'pypi', 'cargo', 'maven', 'composer', 'gradle', 'generic'])

/**
 * Reads "pkg:TYPE/NAMESPACE/NAME" with "*" wildcards (any characters, "/" included) in the type or the
 * name; "@scope" may be written as is or as "%40scope". Returns an error message instead for text that is
 * not such a pattern (a version in it, qualifiers, no name).
 */
export function parsePurlPattern(text: string): PurlPattern | string {
  const m = /^pkg:([^/]+)\/+(.*)$/i.exec(text.trim())
  if (!m) return 'expected a purl pattern such as "pkg:npm/left-pad" or "pkg:maven/org.example/*"'
  const type = m[1].toLowerCase()
  const path = m[2].replace(/\/+$/, '')
  if (!path) return 'the purl pattern names no package'
  if (/[?#]/.test(path)) return 'a purl pattern has no qualifiers or subpath'
  const last = path.slice(path.lastIndexOf('/') + 1)
  if (last.includes('@')) return 'a purl pattern has no version: put the version range in "versions"'
  if (type !== '*' && !ECOSYSTEM_TYPES.has(type) && !/^[a-z][a-z0-9.+-]*$/.test(type))
    return `"${m[1]}" is not a purl type`
  const name = normalizeName(type, path.split('/').map(decode).join('/'))
  const source = name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
  return { type, name: new RegExp(`^${source}$`), text: text.trim() }
}

/** Whether a purl's identity (see purlIdentity) matches the pattern. */
export function matchesIdentity(pattern: PurlPattern, id: { type: string; path: string }): boolean {
  return (pattern.type === '*' || pattern.type === id.type) && pattern.name.test(id.path)
}

export function matchesPurl(pattern: PurlPattern, purl: string): boolean {
  const id = purlIdentity(purl)
  return id !== undefined && matchesIdentity(pattern, id)
}

/** The ecosystem whose version syntax a pattern's range uses: its purl type, generic when that is "*". */
export function rangeEcosystem(pattern: PurlPattern): Ecosystem {
  return ECOSYSTEM_TYPES.has(pattern.type) ? (pattern.type as Ecosystem) : 'generic'
}
