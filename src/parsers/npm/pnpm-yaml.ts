// The YAML of pnpm-lock.yaml: a fast reader for the subset pnpm writes (block mappings and sequences, one-line
// plain, quoted and flow scalars); anything else (anchors, tags, block scalars, multi-line values, …) goes to
// js-yaml with the failsafe schema and no aliases: pnpm never writes aliases, so a file with one is refused,
// not expanded. Why not js-yaml alone: on a cold start it takes about 3x the fast reader on a 1,100-package
// lockfile, and the yaml package over 10x; the fast reader's output is checked against js-yaml's in the tests.
import { FAILSAFE_SCHEMA, load as loadYaml } from 'js-yaml'
import { ParseError } from '../../model.js'
import { lineAt } from '../../util/text.js'

export type Dict = Record<string, unknown>

/** A YAML document and where it starts in the file (pnpm 10+ may put its own env document first). */
export interface LockDocument {
  doc: unknown
  /** Offset of the document in the file's text. */
  offset: number
  /** Which reader produced it: the fast reader or js-yaml. */
  reader: 'fast' | 'js-yaml'
}

/** Characters that cannot start a plain scalar, or start YAML left to js-yaml (anchors, tags, …). */
const SPECIAL_START = '&*!|>%@`?{}[],#"\''

/** In an unquoted one-line flow collection: nesting, comments, tabs and "key:value" all go to js-yaml. */
const FLOW_UNSUPPORTED = /[{}[\]\t]| #/

interface Scalar {
  value: string
  next: number
}

/** A single-quoted scalar starting at `i` (the quote) that closes before `end`; "''" is a quote. */
function singleQuoted(text: string, i: number, end: number): Scalar | undefined {
  let value = ''
  let from = i + 1
  for (;;) {
    const q = text.indexOf("'", from)
    if (q === -1 || q >= end) return undefined
    value += text.slice(from, q)
    if (q + 1 < end && text.charCodeAt(q + 1) === 39) {
      value += "'"
      from = q + 2
      continue
    }
    return { value, next: q + 1 }
  }
}

/** A double-quoted scalar without escapes (those go to js-yaml). */
function doubleQuoted(text: string, i: number, end: number): Scalar | undefined {
  const q = text.indexOf('"', i + 1)
  if (q === -1 || q >= end) return undefined
  const value = text.slice(i + 1, q)
  return value.includes('\\') ? undefined : { value, next: q + 1 }
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === 32) i++
  return i
}

function plainStart(s: string): boolean {
  return s !== '' && !SPECIAL_START.includes(s[0]) && !(s[0] === '-' && (s.length === 1 || s[1] === ' '))
}

/** One scalar inside a flow collection that holds quotes: quoted, or plain up to "," / ":" + space. */
function flowScalar(text: string, i: number, end: number, isKey: boolean): Scalar | undefined {
  const c = text[i]
  if (c === "'") return singleQuoted(text, i, end)
  if (c === '"') return doubleQuoted(text, i, end)
  let j = i
  for (; j < end; j++) {
    const ch = text.charCodeAt(j)
    if (ch === 44 /* , */) break
    if (ch === 58 /* : */ && (j + 1 === end || text.charCodeAt(j + 1) === 32)) {
      if (isKey) break
      return undefined
    }
    if (ch === 39 || ch === 34) return undefined
  }
  const value = text.slice(i, j).trimEnd()
  return plainStart(value) ? { value, next: j } : undefined
}

/** A one-line flow collection that holds quotes ("{node: '>=10'}"), scanned character by character. */
function quotedFlow(text: string, start: number, close: number, isMap: boolean): Dict | string[] | undefined {
  const map: Dict = {}
  const list: string[] = []
  let i = start + 1
  for (;;) {
    i = skipSpaces(text, i, close)
    if (i >= close) break
    const item = flowScalar(text, i, close, isMap)
    if (!item) return undefined
    i = skipSpaces(text, item.next, close)
    if (isMap) {
      if (text.charCodeAt(i) !== 58) return undefined
      i = skipSpaces(text, i + 1, close)
      let value = ''
      if (i < close && text.charCodeAt(i) !== 44) {
        const v = flowScalar(text, i, close, false)
        if (!v) return undefined
        value = v.value
        i = skipSpaces(text, v.next, close)
      }
      if (item.value === '__proto__' || Object.hasOwn(map, item.value)) return undefined
      map[item.value] = value
    } else list.push(item.value)
    if (i >= close) break
    if (text.charCodeAt(i) !== 44) return undefined
    i++
  }
  return isMap ? map : list
}

/** A one-line flow mapping or sequence without nesting: "{integrity: sha512-…, tarball: …}", "[x64]". */
function flowCollection(text: string, start: number, close: number): Dict | string[] | undefined {
  const isMap = text.charCodeAt(start) === 123
  const inner = text.slice(start + 1, close)
  if (FLOW_UNSUPPORTED.test(inner)) return undefined
  if (inner.includes("'") || inner.includes('"')) return quotedFlow(text, start, close, isMap)
  const parts = inner.split(',')
  const map: Dict = {}
  const list: string[] = []
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k].trim()
    if (part === '') {
      if (k === parts.length - 1 && k > 0) break // a trailing comma
      if (parts.length === 1) break // "{}" or "[]"
      return undefined
    }
    const colon = part.indexOf(': ')
    if (!isMap) {
      if (colon !== -1 || part.endsWith(':') || !plainStart(part)) return undefined
      list.push(part)
      continue
    }
    let key: string
    let value: string
    if (colon === -1) {
      if (!part.endsWith(':')) return undefined
      key = part.slice(0, -1).trimEnd()
      value = ''
    } else {
      key = part.slice(0, colon).trimEnd()
      value = part.slice(colon + 2).trim()
      if (value.includes(': ') || value.endsWith(':') || (value !== '' && !plainStart(value)))
        return undefined
    }
    if (!plainStart(key) || key === '__proto__' || Object.hasOwn(map, key)) return undefined
    map[key] = value
  }
  return isMap ? map : list
}

/**
 * Reads the YAML subset pnpm writes: block mappings and sequences indented with spaces, plain and quoted
 * one-line scalars, one-line flow collections. Scalars stay strings, as with js-yaml's failsafe schema.
 * Returns undefined at the first construct outside the subset; the caller then uses js-yaml.
 * Linear time: every search is a native indexOf whose result is kept until the scan has passed it.
 */
export function readYamlSubset(text: string, start = 0): Dict | undefined {
  const n = text.length
  const hasTab = text.indexOf('\t', start) !== -1
  // Next ": " and " #" at or after the scan position (n when none): searched again only once passed.
  let colonSpace = -1
  let spaceHash = text.indexOf('#', start) !== -1 ? -1 : n
  const nextColonSpace = (from: number): number => {
    if (colonSpace < from) {
      colonSpace = text.indexOf(': ', from)
      if (colonSpace === -1) colonSpace = n
    }
    return colonSpace
  }
  const nextSpaceHash = (from: number): number => {
    if (spaceHash < from) {
      spaceHash = text.indexOf(' #', from)
      if (spaceHash === -1) spaceHash = n
    }
    return spaceHash
  }

  /** The value after "key: " or "- ": a scalar or a one-line flow collection; undefined when unsupported. */
  const inlineValue = (i: number, end: number): unknown => {
    const c = text.charCodeAt(i)
    if (c === 39 /* ' */ || c === 34 /* " */) {
      const s = c === 39 ? singleQuoted(text, i, end) : doubleQuoted(text, i, end)
      if (!s) return undefined
      const rest = skipSpaces(text, s.next, end)
      return rest === end || text.charCodeAt(rest) === 35 ? s.value : undefined
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      let last = end
      while (last > i && text.charCodeAt(last - 1) === 32) last--
      if (text.charCodeAt(last - 1) !== (c === 123 ? 125 : 93)) return undefined
      return flowCollection(text, i, last - 1)
    }
    let stop = end
    const hash = nextSpaceHash(i)
    if (hash < end) stop = hash
    while (stop > i && text.charCodeAt(stop - 1) === 32) stop--
    if (nextColonSpace(i) < stop || text.charCodeAt(stop - 1) === 58) return undefined
    const value = text.slice(i, stop)
    if (!plainStart(value) || (hasTab && value.includes('\t'))) return undefined
    return value
  }

  const root: Dict = {}
  const nodes: Array<Dict | unknown[]> = [root]
  const indents: number[] = [0]
  let pendingParent: Dict | undefined
  let pendingKey = ''
  let pendingIndent = 0
  let pos = start
  let first = true
  while (pos < n) {
    let next = text.indexOf('\n', pos)
    if (next === -1) next = n
    let end = next
    if (end > pos && text.charCodeAt(end - 1) === 13) end--
    const lineStart = pos
    pos = next + 1
    let i = lineStart
    while (i < end && text.charCodeAt(i) === 32) i++
    if (i === end) continue
    const c = text.charCodeAt(i)
    if (c === 35 /* # */) continue
    if (c === 9 /* tab */) return undefined
    const indent = i - lineStart
    if (indent === 0 && (c === 45 || c === 46) && (text.startsWith('---', i) || text.startsWith('...', i))) {
      if (first && text.slice(i, end).trimEnd() === '---') {
        first = false
        continue
      }
      return undefined
    }
    first = false
    const isItem = c === 45 /* - */ && (i + 1 === end || text.charCodeAt(i + 1) === 32)
    if (pendingParent) {
      if (indent > pendingIndent || (isItem && indent === pendingIndent)) {
        const child: Dict | unknown[] = isItem ? [] : {}
        pendingParent[pendingKey] = child
        nodes.push(child)
        indents.push(indent)
      } else pendingParent[pendingKey] = ''
      pendingParent = undefined
    }
    while (indents[indents.length - 1] > indent) {
      nodes.pop()
      indents.pop()
    }
    if (indents[indents.length - 1] !== indent) return undefined
    const node = nodes[nodes.length - 1]
    if (Array.isArray(node)) {
      if (!isItem) return undefined
      const j = skipSpaces(text, i + 1, end)
      if (j === end) return undefined // a nested block inside a sequence item
      const value = inlineValue(j, end)
      if (value === undefined) return undefined
      node.push(value)
      continue
    }
    if (isItem) return undefined
    let key: string
    let j: number
    if (c === 39 /* ' */ || c === 34 /* " */) {
      const q = c === 39 ? singleQuoted(text, i, end) : doubleQuoted(text, i, end)
      if (!q) return undefined
      key = q.value
      j = skipSpaces(text, q.next, end)
      if (j >= end || text.charCodeAt(j) !== 58) return undefined
      if (j + 1 < end && text.charCodeAt(j + 1) !== 32) return undefined // "'a':b" is not a mapping entry
    } else {
      let colon = nextColonSpace(i)
      if (colon >= end) {
        let last = end
        while (last > i && text.charCodeAt(last - 1) === 32) last--
        if (text.charCodeAt(last - 1) !== 58) return undefined
        colon = last - 1
      }
      if (nextSpaceHash(i) < colon) return undefined
      let keyEnd = colon
      while (keyEnd > i && text.charCodeAt(keyEnd - 1) === 32) keyEnd--
      key = text.slice(i, keyEnd)
      if (!plainStart(key)) return undefined
      j = colon
    }
    j = skipSpaces(text, j + 1, end)
    if (key === '__proto__' || Object.hasOwn(node, key)) return undefined
    if (j === end || text.charCodeAt(j) === 35) {
      pendingParent = node
      pendingKey = key
      pendingIndent = indent
      continue
    }
    const value = inlineValue(j, end)
    if (value === undefined) return undefined
    node[key] = value
  }
  if (pendingParent) pendingParent[pendingKey] = ''
  return root
}

/** Offset of a git merge conflict marker ("<<<<<<< ", "=======", ">>>>>>> ") at a line start, or -1. */
function conflictMarker(text: string): number {
  for (const marker of ['<<<<<<<', '>>>>>>>', '=======']) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
      const after = text.charCodeAt(at + 7)
      if (
        (at === 0 || text.charCodeAt(at - 1) === 10) &&
        (Number.isNaN(after) || after === 32 || after === 10 || after === 13)
      )
        return at
    }
  }
  return -1
}

/**
 * The lockfile's main YAML document. pnpm 10+ may write its own env document first ("---\n…\n---\n…"); the
 * lockfile proper is the second. Throws ParseError for text that is not YAML, or uses aliases or tags.
 */
export function readLockDocument(text: string): LockDocument {
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0
  if (text.startsWith('---', offset)) {
    const sep = /\r?\n---[ \t]*\r?\n/g
    sep.lastIndex = offset + 3
    const m = sep.exec(text)
    if (m) offset = m.index + m[0].length
  }
  const conflict = conflictMarker(text)
  if (conflict !== -1)
    throw new ParseError(
      'unresolved git merge conflict markers: resolve the conflict (or run pnpm install) first',
      lineAt(text, conflict),
    )
  const fast = readYamlSubset(text, offset)
  if (fast) return { doc: fast, offset, reader: 'fast' }
  const base = lineAt(text, offset) - 1
  try {
    const doc = loadYaml(offset ? text.slice(offset) : text, {
      schema: FAILSAFE_SCHEMA,
      maxAliases: 0,
      json: false,
    })
    return { doc, offset, reader: 'js-yaml' }
  } catch (err) {
    const e = err as { reason?: string; message?: string; mark?: { line?: number } }
    const line = typeof e.mark?.line === 'number' ? e.mark.line + 1 + base : undefined
    const reason = e.reason ?? e.message ?? String(err)
    if (/maxAliases/.test(reason))
      throw new ParseError(
        'YAML alias (*name) found: pnpm never writes aliases, and lockgraph does not expand them (an alias bomb would exhaust memory)',
        line,
      )
    if (/unknown .*tag/.test(reason))
      throw new ParseError(`YAML tag not allowed in a lockfile: ${reason}`, line)
    throw new ParseError(`not valid YAML: ${reason}`, line)
  }
}
