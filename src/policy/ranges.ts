// Version ranges of denied packages, in each ecosystem's own syntax where lockgraph can evaluate it.
import pep440 from '@renovatebot/pep440'
import semver from 'semver'
import { compareVersions } from '../diff/versions.js'
import type { Ecosystem } from '../model.js'
import { satisfiesPep440 } from '../versions/pep440.js'

/** Whether a version is in the range. */
export type VersionMatcher = (version: string) => boolean

/** What each ecosystem's range syntax is, for messages. */
export const RANGE_SYNTAX: Record<Ecosystem, string> = {
  npm: 'an npm (node-semver) range such as "<1.3.0" or "^2.0.0 || 3.1.x"',
  cargo: 'a Cargo requirement such as "<0.4.2" or ">=1.0, <1.5"',
  pypi: 'a PEP 440 specifier such as "<2.31" or ">=1.0,!=1.2.*"',
  maven: 'a Maven range such as "[1.0,2.0)" or "(,2.15.0]", or comparisons such as "<2.17.1"',
  gradle: 'a Maven range such as "[1.0,2.0)" or "(,2.15.0]", or comparisons such as "<2.17.1"',
  composer: 'comparisons such as "<1.3" or ">=2.0 <2.4 || >=3.0 <3.1"',
  generic: 'comparisons such as "<1.3" or ">=2.0 <2.4 || >=3.0 <3.1"',
}

const OPERATOR = /^(<=|>=|<|>|==|=|!=)?(.+)$/

/**
 * "OP VERSION" comparisons that must all hold (separated by spaces or commas), alternatives separated by
 * "||"; a version without an operator means that version. Compared with the ecosystem's ordering.
 */
function comparisons(ecosystem: Ecosystem, text: string): VersionMatcher | undefined {
  const alternatives: Array<Array<{ op: string; bound: string }>> = []
  for (const alt of text.split('||')) {
    const parts = alt
      .replace(/(<=|>=|<|>|==|=|!=)\s+/g, '$1')
      .split(/[\s,]+/)
      .filter(Boolean)
    if (!parts.length) return undefined
    const list: Array<{ op: string; bound: string }> = []
    for (const part of parts) {
      const m = OPERATOR.exec(part)
      if (!m || /^[<>=!]/.test(m[2])) return undefined
      list.push({ op: m[1] ?? '=', bound: m[2] })
    }
    alternatives.push(list)
  }
  return (version) =>
    alternatives.some((list) =>
      list.every(({ op, bound }) => {
        const c = compareVersions(ecosystem, version, bound)
        switch (op) {
          case '<':
            return c < 0
          case '<=':
            return c <= 0
          case '>':
            return c > 0
          case '>=':
            return c >= 0
          case '!=':
            return c !== 0
          default:
            return c === 0
        }
      }),
    )
}

/** Maven's version range syntax: "[1.0,2.0)", "(,1.0]", "[1.2]", "[1.0,)", unions "(,1.0],[1.2,)". */
function mavenRange(text: string): VersionMatcher | undefined {
  const sets: Array<(v: string) => boolean> = []
  const re = /\s*([[(])([^\])]*)([\])])\s*(,|$)/y
  let at = 0
  while (at < text.length) {
    re.lastIndex = at
    const m = re.exec(text)
    if (!m) return undefined
    at = re.lastIndex
    const [, open, inner, close] = m
    const bounds = inner.split(',').map((s) => s.trim())
    if (bounds.length === 1) {
      if (open !== '[' || close !== ']' || !bounds[0]) return undefined
      const exact = bounds[0]
      sets.push((v) => compareVersions('maven', v, exact) === 0)
    } else if (bounds.length === 2) {
      const [lo, hi] = bounds
      if (!lo && !hi) return undefined
      sets.push((v) => {
        if (lo) {
          const c = compareVersions('maven', v, lo)
          if (open === '[' ? c < 0 : c <= 0) return false
        }
        if (hi) {
          const c = compareVersions('maven', v, hi)
          if (close === ']' ? c > 0 : c >= 0) return false
        }
        return true
      })
    } else return undefined
    if (m[4] === '') break
  }
  return sets.length ? (v) => sets.some((s) => s(v)) : undefined
}

/** The matcher for a range of `ecosystem`, or undefined when the text is not a range of that syntax. */
export function parseRange(ecosystem: Ecosystem, text: string): VersionMatcher | undefined {
  const range = text.trim()
  if (!range) return undefined
  switch (ecosystem) {
    case 'npm':
    case 'cargo': {
      const r = ecosystem === 'cargo' ? range.replace(/,/g, ' ') : range
      if (semver.validRange(r) === null) return undefined
      return (v) => semver.satisfies(v, r, { includePrerelease: true })
    }
    case 'pypi':
      try {
        if (!pep440.validRange(range)) return undefined
      } catch {
        return undefined
      }
      return (v) => satisfiesPep440(v, range) === true
    case 'maven':
    case 'gradle':
      return /^\s*[[(]/.test(range) ? mavenRange(range) : comparisons(ecosystem, range)
    default:
      return comparisons(ecosystem, range)
  }
}
