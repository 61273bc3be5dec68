// License strings as lockfiles state them, turned into SPDX where that is certain, and kept as names where not.
// Nothing is invented: "BSD" does not become BSD-2-Clause, "UNLICENSED" (npm: proprietary) is not Unlicense.
import { createRequire } from 'node:module'
import parseSpdx from 'spdx-expression-parse'
import correct from 'spdx-correct'

/** What a license string is: one SPDX license id, an SPDX expression, or a name that is not SPDX. */
export type License = { id: string } | { expression: string } | { name: string }

let canonical: Map<string, string> | undefined

/** Lower-cased SPDX license and exception ids (current and deprecated) → their spelling in the list. */
function ids(): Map<string, string> {
  if (!canonical) {
    canonical = new Map()
    // esbuild bundles literal require() calls in place, so dist/ needs no node_modules; under the test runner
    // (ESM, no `require`) createRequire loads the same files.
    const load = typeof require === 'function' ? undefined : createRequire(import.meta.url)
    const lists: string[][] = load
      ? [load('spdx-license-ids'), load('spdx-license-ids/deprecated.json'), load('spdx-exceptions')]
      : [
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require('spdx-license-ids'),
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require('spdx-license-ids/deprecated.json'),
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require('spdx-exceptions'),
        ]
    for (const list of lists) for (const id of list) canonical.set(id.toLowerCase(), id)
  }
  return canonical
}

const OPERATORS = new Set(['AND', 'OR', 'WITH'])
const cache = new Map<string, License>()

/** The SPDX form of a license string, or the string as a name. Same input, same result (memoized). */
export function normalizeLicense(text: string): License {
  let found = cache.get(text)
  if (!found) {
    found = normalize(text.trim())
    if (cache.size < 10_000) cache.set(text, found)
  }
  return found
}

function normalize(text: string): License {
  if (!text) return { name: text }
  const expression = asExpression(text) ?? corrected(text)
  if (!expression) return { name: text }
  const parsed = parseSpdx(expression)
  return 'license' in parsed && !parsed.plus && !parsed.exception && ids().has(parsed.license.toLowerCase())
    ? { id: parsed.license }
    : { expression }
}

/** The text as an SPDX expression when it is one up to letter case, spacing and operator case. */
function asExpression(text: string): string | undefined {
  const tokens = text.match(/\(|\)|[^\s()]+/g)
  if (!tokens) return undefined
  const out: string[] = []
  for (const token of tokens) {
    const upper = token.toUpperCase()
    if (token === '(' || token === ')') out.push(token)
    else if (OPERATORS.has(upper)) out.push(upper)
    else if (/^(DocumentRef-[\w.-]+:)?LicenseRef-[\w.-]+$/.test(token)) out.push(token)
    else {
      const plus = token.endsWith('+') && !ids().has(token.toLowerCase())
      const id = ids().get((plus ? token.slice(0, -1) : token).toLowerCase())
      if (!id) return undefined
      out.push(plus ? `${id}+` : id)
    }
  }
  const expression = out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')')
  try {
    parseSpdx(expression)
    return expression
  } catch {
    return undefined
  }
}

/** Words that say nothing about which license it is; they may be dropped by a correction. */
const FILLER = /\b(the|license|licence|version|v|software|public|general|gnu)\b/g

/**
 * spdx-correct's answer for a free-text license name, taken only when it adds nothing the text does not say:
 * every number in the id must be in the text (no version picked for "Apache Software License" or "LGPL"),
 * no family is guessed ("BSD" alone is several licenses), and npm's "UNLICENSED" (proprietary) stays a name.
 */
function corrected(text: string): string | undefined {
  if (/^unlicen[sc]ed$/i.test(text) || text.length > 80) return undefined
  // Several licenses ("Apache-2.0/MIT", "MIT or GPL"): a correction would keep one of them.
  if (/[/;|&]|\s(and|or)\s/i.test(text)) return undefined
  let id: string | null
  try {
    id = correct(text, { upgrade: false })
  } catch {
    return undefined
  }
  if (!id || !ids().has(id.toLowerCase())) return undefined
  const numbers = (s: string) => s.match(/\d+/g) ?? []
  const words = text.toLowerCase().replace(FILLER, ' ')
  const have = new Set(numbers(words))
  // A version such as 2.0 counts as said when the text says 2 (Apache 2, GPLv3).
  const need = numbers(id.replace(/\.0(?=\b|-|$)/g, ''))
  if (!need.every((n) => have.has(n))) return undefined
  // "-or-later" / "-only" are a choice the text must make itself.
  if (/-or-later$|\+$/.test(id) && !/later|\+|or any/i.test(text)) return undefined
  if (/-only$/.test(id) && !/only/i.test(text)) return undefined
  return id
}

/** The license string as SPDX 2.3 / 3.0 `licenseDeclared` wants it: an SPDX expression, or undefined for a name. */
export function spdxExpression(license: License): string | undefined {
  return 'id' in license ? license.id : 'expression' in license ? license.expression : undefined
}
