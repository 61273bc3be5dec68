import { createHash } from 'node:crypto'
// Runs parsers on test data the way the pipeline does, without the CLI.
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { ParseResult, Parser } from '../../src/model.js'
import { diskSource } from '../../src/scan.js'

export const TESTDATA = join(import.meta.dirname, '..', 'testdata')

/** Parses `file` (relative to testdata) with its folder's neighbours readable. */
export function parseFixture(parser: Parser, file: string, root = TESTDATA): ParseResult {
  const path = relative(root, join(TESTDATA, file)).split('\\').join('/')
  return parser({ path, text: readFileSync(join(TESTDATA, file), 'utf8'), files: diskSource(root) })
}

/** Parses literal text as if it were the file at `path`, with optional neighbours. */
export function parseText(
  parser: Parser,
  path: string,
  text: string,
  neighbours: Record<string, string> = {},
): ParseResult {
  return parser({ path, text, files: { read: (p) => neighbours[p] } })
}

/** "name@version" of every package. */
export function nameVersions(result: ParseResult): Set<string> {
  return new Set(result.packages.map((p) => `${p.name}@${p.version}`))
}

/** Edges as "from-name@version -> to-name@version" (projects as "project:<name>"). */
export function edgeLabels(result: ParseResult): Set<string> {
  const label = new Map<string, string>()
  for (const p of result.projects) label.set(p.id, `project:${p.name}`)
  for (const p of result.packages) label.set(p.id, `${p.name}@${p.version}`)
  return new Set(result.edges.map((e) => `${label.get(e.from)} -> ${label.get(e.to)}`))
}

/** The package named `name` (of `version`, when given): the first one the parser listed. */
export function pkg(r: ParseResult, name: string, version?: string) {
  return r.packages.find((p) => p.name === name && (version === undefined || p.version === version))
}

/** What `fn` throws; undefined when it returns. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (err) {
    return err
  }
  return undefined
}

/** Hex SHA-256 of a text (the hand-written Python fixtures hash each file name this way). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
