// lockgraph's own facts about an element that SPDX has no field for (scope, direct, the lockfiles, the manifest,
// ...), as the text of one annotation per element: a "name=value" line per fact, names from properties.ts.
// The SPDX writers write them and the SPDX reader reads them back, so that write → read → write gives the same
// file. The annotator ("Tool: lockgraph-<version>") tells the reader which annotations are lockgraph's.
import type { GraphPackage, GraphProject } from '../graph/graph.js'
import { VERSION } from '../version.js'
import { PROPERTY } from './properties.js'

export const TOOL_PREFIX = 'lockgraph-'
export const TOOL = `${TOOL_PREFIX}${VERSION}`
/** Creator and annotator of lockgraph's SPDX 2.3 documents. */
export const ANNOTATOR = `Tool: ${TOOL}`

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Values stay on one line: "\" and line breaks are escaped. */
function escape(value: string): string {
  return /[\\\n\r]/.test(value)
    ? value.replace(/[\\\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r'))
    : value
}

function unescape(value: string): string {
  return value.includes('\\')
    ? value.replace(/\\([\\nr])/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'))
    : value
}

function lines(facts: Array<[string, string]>): string {
  let text = ''
  for (const [name, value] of facts) text += `${text ? '\n' : ''}${name}=${escape(value)}`
  return text
}

/** Facts of a package, in name order, values sorted: alias, direct, file, scope, source. */
export function packageFacts(p: GraphPackage): string {
  const facts: Array<[string, string]> = []
  for (const alias of p.aliases.length > 1 ? [...p.aliases].sort(byString) : p.aliases)
    facts.push([PROPERTY.alias, alias])
  facts.push([PROPERTY.direct, String(p.direct)])
  for (const file of p.files.length > 1 ? [...p.files].sort(byString) : p.files)
    facts.push([PROPERTY.file, file])
  facts.push([PROPERTY.scope, p.scope])
  facts.push([PROPERTY.source, p.source])
  return lines(facts)
}

/** Facts of a project: file, manifest, platform, platform-dev. Completeness is a relationship of its own. */
export function projectFacts(p: GraphProject): string {
  const facts: Array<[string, string]> = []
  for (const file of [...p.files].sort(byString)) facts.push([PROPERTY.file, file])
  facts.push([PROPERTY.manifest, p.manifest])
  const platform = (dev: boolean) =>
    p.platform
      .filter((r) => (r.scope === 'dev') === dev)
      .map((r) => `${r.name} ${r.constraint}`)
      .sort(byString)
  for (const req of platform(false)) facts.push([PROPERTY.platform, req])
  for (const req of platform(true)) facts.push([PROPERTY.platformDev, req])
  return lines(facts)
}

/** Facts of the subject: "<path>: <why>" of each lockfile that could not be read (sorted), or "". */
export function subjectFacts(unread: ReadonlyArray<{ path: string; why: string }>): string {
  return lines(unread.map(({ path, why }) => [PROPERTY.unreadFile, `${path}: ${why}`]))
}

/** The facts in an annotation's text: name → values, in order. Lines that are not "lockgraph:…=…" are skipped. */
export function parseFacts(text: string): Map<string, string[]> {
  const facts = new Map<string, string[]>()
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=')
    if (eq <= 0 || !line.startsWith('lockgraph:')) continue
    const name = line.slice(0, eq)
    const value = unescape(line.slice(eq + 1))
    const list = facts.get(name)
    if (list) list.push(value)
    else facts.set(name, [value])
  }
  return facts
}
