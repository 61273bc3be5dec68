// The licenses of an SPDX document: each license string of the graph as an SPDX expression, or, when it is not
// SPDX, as a LicenseRef whose text is the string itself, so nothing is dropped and nothing is turned into an
// SPDX id it does not say.
import { normalizeLicense, spdxExpression } from './licenses.js'
import { idPart, uniqueIds } from './spdx-ids.js'

/** How one license string of the graph is written. */
export type SpdxLicense =
  /** An SPDX expression (which may name LicenseRefs the lockfile itself used). */
  | { expression: string }
  /** A name that is not SPDX: `ref` is its LicenseRef id, the name its text. */
  | { ref: string; name: string }

/** A LicenseRef the document defines (SPDX 2.3 hasExtractedLicensingInfos). */
export interface ExtractedLicense {
  ref: string
  /** The license name as the lockfile states it; undefined for a LicenseRef the lockfile used as an id. */
  name?: string
}

export interface LicenseTable {
  /** License string of the graph → how it is written. */
  of: Map<string, SpdxLicense>
  /** Every LicenseRef used, sorted by id. */
  extracted: ExtractedLicense[]
}

const LICENSE_REF = /(?:^|[\s(])(LicenseRef-[A-Za-z0-9.-]+)/g
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The SPDX form of every distinct license string (in any order). */
export function licenseTable(texts: Iterable<string>): LicenseTable {
  const of = new Map<string, SpdxLicense>()
  const named = new Set<string>()
  const usedRefs = new Set<string>()
  for (const text of texts) {
    if (of.has(text)) continue
    const expression = spdxExpression(normalizeLicense(text))
    // A reference into another document (DocumentRef-…:LicenseRef-…) cannot be resolved in this one.
    if (expression !== undefined && !expression.includes('DocumentRef-')) {
      of.set(text, { expression })
      for (const m of expression.matchAll(LICENSE_REF)) usedRefs.add(m[1])
    } else named.add(text)
  }
  const names = [...named].sort(byString)
  const refs = uniqueIds(names, (name) => `LicenseRef-${idPart(name) || 'unnamed'}`, usedRefs)
  const extracted: ExtractedLicense[] = [...usedRefs].map((ref) => ({ ref }))
  names.forEach((name, i) => {
    const ref = refs[i]
    of.set(name, { ref, name })
    extracted.push({ ref, name })
  })
  extracted.sort((a, b) => byString(a.ref, b.ref))
  return { of, extracted }
}

/** The text of a LicenseRef the lockfile used without its text (SPDX asks for one). */
export const UNKNOWN_LICENSE_TEXT =
  'The text of this license is not known: the lockfile names it only by this identifier.'
