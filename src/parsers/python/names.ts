// Python package names and purls: names compared and written normalized per PEP 503.
import { buildPurl, type Qualifiers } from '../../purl/purl.js'

/** PEP 503 normalized name: lower case, runs of "-", "_" and "." become one "-". */
export function normalizePythonName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase()
}

/** purl of a Python package (`pkg:pypi/<normalized name>@<version>`). */
export function pypiPurl(name: string, version?: string, qualifiers?: Qualifiers): string {
  return buildPurl('pypi', undefined, normalizePythonName(name), version, qualifiers)
}
