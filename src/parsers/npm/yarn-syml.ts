// The text of a yarn.lock, read into plain values with the line of each entry. Two syntaxes:
// - classic (yarn 1): `key "value"` and `key:` + an indented block; a top-level key may list several
//   descriptors separated by commas (`"a@^1", a@~1.2:`);
// - berry (yarn 2+): the YAML subset yarn writes (`key: value`, JSON-style double-quoted strings, `? key`
//   for keys over 1,024 characters).
// Both are read line by line with one tight loop: several times faster than @yarnpkg/parsers or a YAML
// library on a 1,000-entry file, which matters because a CLI run parses each file once, cold. Berry text
// that uses YAML beyond that subset (hand edits: flow collections, block scalars, single-line oddities) is
// handed to js-yaml, which then decides; YAML aliases are refused there ("billion laughs").
import { FAILSAFE_SCHEMA, load } from 'js-yaml'
import { ParseError } from '../../model.js'

/** A string, or a map of values (null prototype, so "__proto__" is an ordinary key). */
export type SymlValue = string | SymlMap
export interface SymlMap {
  [key: string]: SymlValue
}

export interface SymlEntry {
  /** Descriptors of the top-level key (classic lists them apart; berry's one string is split at commas). */
  keys: string[]
  /** 1-based line of the key; undefined when the text was read by the YAML fallback. */
  line: number | undefined
  /** Usually a SymlMap; the fallback can produce anything YAML can, so callers check. */
  value: unknown
}

export interface SymlDoc {
  entries: SymlEntry[]
  /** Lines that could not be read (classic); the entry holding each is left out of `entries`. */
  errors: Array<{ line: number; message: string }>
  /** True when the YAML fallback read the file. */
  viaYaml: boolean
}

const newMap = (): SymlMap => Object.create(null) as SymlMap

/** Berry only: YAML the fast reader does not read; the YAML library reads the file instead. */
const NEEDS_YAML = new Error('YAML beyond the subset yarn writes')

// One regular expression per syntax matches a whole line (indentation, key, value), so the character-level
// work runs in the regex engine; the loop below only nests. Lines it does not match (blank lines and
// comments aside) are errors in classic text and send berry text to the YAML library.
const QUOTED = String.raw`"((?:[^"\\\n]|\\.)*)"`
const CLASSIC_KEY = String.raw`(?:"(?:[^"\\\n]|\\.)*"|[^\s:,"#][^\s:,]*)`
/**
 * indent, keys (quoted or not, comma-separated), then ":" (a map follows) or a value, quoted or not.
 * Unquoted values are taken to the end of the line (greedy: no backtracking) and trimmed afterwards.
 */
const CLASSIC_LINE = new RegExp(
  String.raw`^( *)(${CLASSIC_KEY}(?:, *${CLASSIC_KEY})*)(?:(:)(?: +(?:${QUOTED}|([^\s"#][^\n]*)))?| +(?:${QUOTED}|([^\s"][^\n]*)))(?: *\r)?$`,
  'gm',
)
const CLASSIC_KEYS = /"((?:[^"\\\n]|\\.)*)"|([^\s:,"]+)/g
const PLAIN_START = String.raw`[^\s"'#\-?:,\[\]{}&*!|>%@\x60]`
/** A plain key: no ":" or "#", and it ends with a non-blank, so that " *:" after it cannot backtrack. */
const PLAIN_KEY = String.raw`${PLAIN_START}(?:[^\n:#]*[^\s:#])?`
/**
 * indent, then "? key" + newline + indent (keys over 1,024 characters) or a key: quoted, single-quoted or
 * plain (plain keys with ":" are left to YAML); then ":" and a value (quoted, single-quoted, or plain to the
 * end of the line, its comment cut off afterwards) or nothing (a map follows).
 */
const BERRY_LINE = new RegExp(
  String.raw`^( *)(?:\? +(?:${QUOTED}|(${PLAIN_KEY})) *\r?\n\1|${QUOTED}|'((?:[^'\n]|'')*)'|(${PLAIN_KEY})) *:(?:(?: +(?:${QUOTED}|'((?:[^'\n]|'')*)'))? *(?:#[^\n]*)?\r?| +(${PLAIN_START}[^\n]*))$`,
  'gm',
)

/** A plain berry value as the regex took it: without its comment and trailing blanks. */
function plainValue(raw: string): string {
  const hash = raw.indexOf(' #')
  return (hash === -1 ? raw : raw.slice(0, hash)).trimEnd()
}

/** A double-quoted string's content as the regex captured it: escapes (rare) read as JSON. */
function unescape(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return undefined
  }
}

/** Why a classic line does not read, for the message. */
function classicProblem(line: string): string {
  if (/^ *\t/.test(line)) return 'tab in indentation'
  if (((line.match(/(?<!\\)"/g) ?? []).length & 1) === 1) return 'unterminated string'
  return `expected "key value" or "key:", found ${JSON.stringify(line.trim().slice(0, 60))}`
}

const MERGE_MARKER = /^(<{7}|={7}|>{7}|\|{7})/

/** The first line between `from` and `to` that is neither blank nor a comment; `end` is where it ends. */
function otherLine(
  text: string,
  from: number,
  to: number,
): { at: number; end: number; line: string } | undefined {
  for (let at = from; at < to;) {
    let end = text.indexOf('\n', at)
    if (end === -1 || end > to) end = to
    const line = text.slice(at, end)
    const t = line.trim()
    if (t !== '' && t.charCodeAt(0) !== 35) return { at, end: end + 1, line: line.replace(/\r$/, '') }
    at = end + 1
  }
  return undefined
}

/**
 * The shared loop: indentation decides nesting (any consistent width). In classic text an unreadable line
 * drops the entry holding it and reading goes on at the next top-level key; in berry text it hands over
 * to the YAML library.
 */
function readLines(text: string, berry: boolean, errors: SymlDoc['errors']): SymlEntry[] {
  const re = berry ? BERRY_LINE : CLASSIC_LINE
  re.lastIndex = 0
  const entries: SymlEntry[] = []
  const indents: number[] = [-1] // indentation of the line that opened each open map
  const childIndents: number[] = [0] // indentation of each open map's keys (-1: not seen yet)
  const maps: SymlMap[] = [newMap()]
  let current: SymlEntry | undefined
  let skipping = false
  let counted = 0 // newlines before this offset are counted in `line`
  let line = 1
  const lineAt = (offset: number): number => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
    counted = offset
    return line
  }
  /** Classic: reports the line and skips the entry it belongs to. Berry: hands over to YAML. */
  const fail = (offset: number, lineText: string, message: string): void => {
    const nested = lineText.charCodeAt(0) === 32 || lineText.charCodeAt(0) === 9
    if (!nested && MERGE_MARKER.test(lineText))
      throw new ParseError('unresolved merge conflict (git conflict markers in the lockfile)', lineAt(offset))
    if (berry) throw NEEDS_YAML
    errors.push({ line: lineAt(offset), message })
    if (nested && current && entries[entries.length - 1] === current) entries.pop()
    current = undefined
    indents.length = childIndents.length = maps.length = 1
    skipping = true
  }
  /** Lines the regex passed over between `from` and `to` must be blank or comments. */
  const passedOver = (from: number, to: number): void => {
    for (let other = otherLine(text, from, to); other; other = otherLine(text, other.end, to))
      fail(other.at, other.line, berry ? '' : classicProblem(other.line))
  }
  let last = -1 // where the previous match ended (its newline follows)
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > last + 1) passedOver(last + 1, m.index)
    last = re.lastIndex
    const indent = m[1].length
    if (skipping) {
      if (indent > 0) continue
      skipping = false
    }
    if (indent === 0 && MERGE_MARKER.test(m[0]))
      throw new ParseError(
        'unresolved merge conflict (git conflict markers in the lockfile)',
        lineAt(m.index),
      )
    let depth = indents.length - 1
    while (indent <= indents[depth]) depth--
    if (depth < indents.length - 1) indents.length = childIndents.length = maps.length = depth + 1
    if (childIndents[depth] === -1) childIndents[depth] = indent
    else if (indent !== childIndents[depth]) {
      fail(m.index, m[0], 'unexpected indentation')
      continue
    }
    let key: string | undefined
    let keys: string[] | undefined
    let value: string | undefined
    if (berry) {
      // groups: 2/3 "? key" quoted/plain; 4 quoted, 5 single-quoted, 6 plain key; 7/8/9 the value, alike
      if (m[2] !== undefined || m[4] !== undefined) key = unescape(m[2] ?? m[4])
      else if (m[5] !== undefined) key = m[5].replaceAll("''", "'")
      else key = m[3] ?? m[6]
      if (m[7] !== undefined) value = unescape(m[7])
      else if (m[8] !== undefined) value = m[8].replaceAll("''", "'")
      else if (m[9] !== undefined) value = plainValue(m[9])
      if (key === undefined || (m[7] !== undefined && value === undefined)) throw NEEDS_YAML
    } else {
      // groups: 2 keys, 3 ":", 4/5 value after ":" (quoted/plain), 6/7 value after a space (quoted/plain)
      const raw = m[2]
      if (depth === 0 || raw.includes(',')) {
        keys = []
        CLASSIC_KEYS.lastIndex = 0
        for (let k = CLASSIC_KEYS.exec(raw); k !== null; k = CLASSIC_KEYS.exec(raw)) {
          const one = k[1] !== undefined ? unescape(k[1]) : k[2]
          if (one === undefined) {
            keys.length = 0 // an unreadable escape: the line fails below
            break
          }
          keys.push(one)
        }
        key = keys[0]
      } else key = raw.charCodeAt(0) === 34 ? unescape(raw.slice(1, -1)) : raw
      const quoted = m[4] ?? m[6]
      value = quoted !== undefined ? unescape(quoted) : (m[5] ?? m[7])?.trimEnd()
      if (key === undefined || (quoted !== undefined && value === undefined)) {
        fail(m.index, m[0], `unreadable string in ${JSON.stringify(m[0].trim().slice(0, 60))}`)
        continue
      }
    }
    const map = maps[depth]
    const child = value === undefined ? newMap() : value
    if (keys) for (let k = 0; k < keys.length; k++) map[keys[k]] = child
    else map[key] = child
    if (depth === 0) {
      current = { keys: keys ?? [key], line: lineAt(m.index), value: child }
      entries.push(current)
    }
    if (typeof child !== 'string') {
      indents.push(indent)
      childIndents.push(-1)
      maps.push(child)
    }
  }
  if (last + 1 < text.length) passedOver(last + 1, text.length)
  return entries
}

/**
 * The descriptors of a berry key ("a@npm:^1, a@npm:^2"). yarn splits at / *, /, which backtracks on long runs
 * of blanks; splitting at commas and trimming is the same and linear.
 */
function splitKey(key: string): string[] {
  return key.includes(',') ? key.split(',').map((k) => k.trim()) : [key]
}

/** yarn 1 syntax. An unreadable line is an error and its entry is left out; the rest is read. */
export function readClassic(text: string): SymlDoc {
  const errors: SymlDoc['errors'] = []
  return { entries: readLines(text, false, errors), errors, viaYaml: false }
}

/** yarn 2+ syntax: the YAML subset yarn writes, or any YAML through js-yaml. */
export function readBerry(text: string): SymlDoc {
  try {
    const entries = readLines(text, true, [])
    for (const e of entries) e.keys = splitKey(e.keys[0])
    return { entries, errors: [], viaYaml: false }
  } catch (err) {
    if (err === NEEDS_YAML) return readYaml(text)
    throw err
  }
}

/** Reads berry text with js-yaml: strings only, duplicate keys allowed (yarn allows them), no aliases. */
function readYaml(text: string): SymlDoc {
  let doc: unknown
  try {
    doc = load(text, { schema: FAILSAFE_SCHEMA, json: true, maxAliases: 0 })
  } catch (err) {
    const e = err as { reason?: string; message?: string; mark?: { line?: number } }
    const line = typeof e.mark?.line === 'number' ? e.mark.line + 1 : undefined
    const reason = e.reason ?? e.message ?? String(err)
    if (/alias/i.test(reason))
      throw new ParseError(
        'YAML aliases (*name) are refused: yarn never writes them, and they can expand without bound',
        line,
      )
    throw new ParseError(`not valid YAML: ${reason}`, line)
  }
  if (doc === undefined || doc === null) return { entries: [], errors: [], viaYaml: true }
  if (typeof doc !== 'object' || Array.isArray(doc))
    throw new ParseError('not a yarn lockfile: the top level is not a map of entries', 1)
  const entries: SymlEntry[] = Object.entries(doc).map(([key, value]) => ({
    keys: splitKey(key),
    line: undefined,
    value,
  }))
  return { entries, errors: [], viaYaml: true }
}
