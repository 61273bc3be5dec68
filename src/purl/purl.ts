// Package URLs, built with packageurl-js and corrected where it departs from the purl spec:
// - packageurl-js encodes qualifier values as form data (":" → %3A, " " → "+"), while the spec keeps ":"
//   literal and percent-encodes everything else (checked against the purl-spec test suite);
// - packageurl-js lowercases npm names, while the spec's npm type definition says namespace and name are
//   case sensitive (old packages such as JSONStream keep their capitals);
// - packageurl-js leaves "+" in versions as it is, while the spec percent-encodes it
//   (pkg:deb/debian/attr@1:2.4.47-2%2Bb1 in its test suite; Cargo's wasi@0.11.0+wasi-snapshot-preview1).
import { packageUrlLibrary } from './library.js'

/** Types whose names the spec says are case sensitive but packageurl-js lowercases. */
const CASE_KEPT = new Set(['npm'])

export type Qualifiers = Record<string, string | undefined>

function encodeQualifierValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':')
}

function encodeQualifiers(qualifiers: Qualifiers | undefined): string {
  if (!qualifiers) return ''
  const parts: string[] = []
  for (const key of Object.keys(qualifiers).sort()) {
    const value = qualifiers[key]
    if (value === undefined || value === '') continue
    // purl spec: a key is ASCII letters, digits, '.', '-' and '_', and does not start with a digit.
    if (!/^[A-Za-z.\-_][A-Za-z0-9.\-_]*$/.test(key)) throw new Error(`invalid purl qualifier key "${key}"`)
    parts.push(`${key.toLowerCase()}=${encodeQualifierValue(value)}`)
  }
  return parts.length ? `?${parts.join('&')}` : ''
}

/** A canonical purl string. Throws for input the purl spec rejects (a type rule, an empty name). */
export function buildPurl(
  type: string,
  namespace: string | undefined,
  name: string,
  version?: string,
  qualifiers?: Qualifiers,
  subpath?: string,
): string {
  return (
    fastPurl(type, namespace, name, version, qualifiers, subpath) ??
    buildPurlWithLibrary(type, namespace, name, version, qualifiers, subpath)
  )
}

// Characters every encoder leaves as they are, and no type's normalization touches (given the checks below).
const PLAIN = /^[A-Za-z0-9._~-]+$/
const PLAIN_LOWER = /^[a-z0-9.~-]+$/
const PLAIN_VERSION = /^[A-Za-z0-9._~-]+$/
/** Types whose names packageurl-js leaves alone (npm's lower-casing is undone above), or only lower-cases. */
const FAST_TYPES: Record<string, { plain: RegExp; namespace: 'none' | 'optional' | 'required' }> = {
  npm: { plain: PLAIN, namespace: 'optional' },
  cargo: { plain: PLAIN, namespace: 'none' },
  maven: { plain: PLAIN, namespace: 'required' },
  pypi: { plain: PLAIN_LOWER, namespace: 'none' },
  composer: { plain: PLAIN_LOWER, namespace: 'required' },
}

/**
 * The common case without the library: a plain name and version of a type whose rules do not change them
 * need no encoding and no normalization. Undefined for anything else, which goes through packageurl-js.
 * Building purls this way is several times faster; the tests check it gives packageurl-js's (corrected)
 * result for every package of every test lockfile.
 */
function fastPurl(
  type: string,
  namespace: string | undefined,
  name: string,
  version: string | undefined,
  qualifiers: Qualifiers | undefined,
  subpath: string | undefined,
): string | undefined {
  const rule = FAST_TYPES[type]
  if (!rule || subpath || !rule.plain.test(name) || (version && !PLAIN_VERSION.test(version)))
    return undefined
  let ns = ''
  if (namespace) {
    if (rule.namespace === 'none') return undefined
    const scoped = type === 'npm' && namespace.startsWith('@')
    const bare = scoped ? namespace.slice(1) : namespace
    if (!rule.plain.test(bare)) return undefined
    ns = `${scoped ? '%40' : ''}${bare}/`
  } else if (rule.namespace === 'required') return undefined
  return `pkg:${type}/${ns}${name}${version ? `@${version}` : ''}${encodeQualifiers(qualifiers)}`
}

/** The same purl, always through packageurl-js (and the corrections above). */
export function buildPurlWithLibrary(
  type: string,
  namespace: string | undefined,
  name: string,
  version?: string,
  qualifiers?: Qualifiers,
  subpath?: string,
): string {
  const { PackageURL } = packageUrlLibrary()
  const base = new PackageURL(
    type,
    namespace || undefined,
    name,
    version || undefined,
    undefined,
    subpath || undefined,
  )
  if (CASE_KEPT.has(type)) {
    base.name = name
    base.namespace = namespace || undefined
  }
  const text = base.toString()
  const hash = text.indexOf('#')
  let head = hash === -1 ? text : text.slice(0, hash)
  // the version follows the last "@" (an "@" in a namespace or name is encoded as %40)
  const at = head.lastIndexOf('@')
  if (version && at !== -1) head = head.slice(0, at + 1) + head.slice(at + 1).replace(/\+/g, '%2B')
  const tail = hash === -1 ? '' : text.slice(hash)
  return head + encodeQualifiers(qualifiers) + tail
}

/** purl of an npm package; `name` may be scoped (`@scope/name`). */
export function npmPurl(name: string, version?: string, qualifiers?: Qualifiers): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1
  return slash > 0
    ? buildPurl('npm', name.slice(0, slash), name.slice(slash + 1), version, qualifiers)
    : buildPurl('npm', undefined, name, version, qualifiers)
}
