// SPDX identifiers and document namespaces, derived from the graph's refs and the document's content, so that
// the same graph always gives the same identifiers and the same namespace.
import { createHash } from 'node:crypto'

// Runs of characters an SPDX id may not hold, percent-escapes among them ("%40scope" reads as "@scope").
const DISALLOWED = /(?:%[0-9A-Fa-f]{2}|[^A-Za-z0-9.-])+/g

/** The characters an SPDX id may hold ([A-Za-z0-9.-]) of a text: runs of others become one "-", none at the ends. */
export function idPart(text: string): string {
  const s = text.replace(DISALLOWED, '-')
  const start = s.charCodeAt(0) === 45 ? 1 : 0
  const end = s.length > start && s.charCodeAt(s.length - 1) === 45 ? s.length - 1 : s.length
  return start || end < s.length ? s.slice(start, end) : s
}

/** The readable part of a package's id: its purl without "pkg:", qualifiers and subpath. */
export function purlIdPart(purl: string): string {
  let end = purl.indexOf('?')
  const hash = purl.indexOf('#')
  if (hash !== -1 && (end === -1 || hash < end)) end = hash
  return idPart(purl.slice(purl.startsWith('pkg:') ? 4 : 0, end === -1 ? purl.length : end))
}

const shortHash = (text: string, length: number): string =>
  createHash('sha256').update(text).digest('hex').slice(0, length)

const NONE: ReadonlySet<string> = new Set()

/**
 * Unique ids for `keys`, in their order: `base(key)` when no other key has the same base, else the base and a
 * hash of the key (not a counter, so the ids do not depend on the order of the keys or on which of them come
 * first). Ids in `taken` (used elsewhere) are avoided the same way.
 */
export function uniqueIds(
  keys: readonly string[],
  base: (key: string) => string,
  taken: ReadonlySet<string> = NONE,
): string[] {
  const ids = keys.map(base)
  const seen = new Set<string>()
  let clashes: Set<string> | undefined
  for (const id of ids) {
    if (seen.has(id) || taken.has(id)) (clashes ??= new Set()).add(id)
    seen.add(id)
  }
  if (!clashes) return ids
  const used = new Set(taken)
  for (const id of ids) if (!clashes.has(id)) used.add(id)
  keys.forEach((key, i) => {
    const b = ids[i]
    if (!clashes.has(b)) return
    let id = `${b}-${shortHash(key, 8)}`
    // A hashed id can still equal another key's plain id: a longer hash, then a counter, settles it.
    if (used.has(id)) id = `${b}-${shortHash(key, 64)}`
    for (let n = 2; used.has(id); n++) id = `${b}-${shortHash(key, 64)}-${n}`
    used.add(id)
    ids[i] = id
  })
  return ids
}

/** A name-based UUID (version 5 layout) from a SHA-256 of the content. */
export function contentUuid(content: string): string {
  const hex = createHash('sha256').update(content).digest('hex')
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/**
 * The namespace of a document: lockgraph's path under spdx.org/spdxdocs (the base the SPDX tools use for
 * documents whose creator has no site of its own), the subject's name, and a UUID of the content.
 */
export function documentNamespace(subjectName: string, uuid: string): string {
  return `https://spdx.org/spdxdocs/lockgraph/${idPart(subjectName) || 'sbom'}-${uuid}`
}

/** SPDX's date-time: UTC to the second. */
export function spdxDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
