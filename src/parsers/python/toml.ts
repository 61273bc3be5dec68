// TOML for lockfiles. smol-toml is the reference parser, but a 1,100-package uv.lock is ~3 MB and smol-toml
// needs ~150 ms for that, half the time the whole CLI may take. Lockfiles are written by tools in a small,
// regular subset of TOML, so a fast reader handles that subset and gives up (falls back to smol-toml) on
// anything else: multi-line strings, dotted keys in key/value pairs, special numbers, redefined tables, and
// every syntax error — so error messages and their line numbers always come from smol-toml.
import { parse as smolParse, TomlError } from 'smol-toml'
import { ParseError } from '../../model.js'

export type TomlTable = Record<string, unknown>

/**
 * Parses TOML; a syntax error becomes a ParseError with its line. `what` names the file kind in messages.
 *
 * `skim` names keys whose array values are left as text (a Skimmed) when they are a plain list of inline
 * tables: lockfiles list every distribution file of every package (`wheels`, `files`), most of their bytes,
 * and the readers want one or two fields of each, which distributionFiles() reads straight from the text.
 */
export function parseToml(text: string, what: string, skim?: ReadonlySet<string>): TomlTable {
  if (text.trim() === '') throw new ParseError(`empty file, expected ${what}`)
  try {
    return new FastToml(text, skim && { keys: skim, what }).parse()
  } catch (err) {
    if (err !== GIVE_UP) throw err
  }
  return parseTomlStrict(text, what)
}

const EMPTY_ARRAY = /^\[\s*\]$/
const ARRAY_END = /\s*\]$/y

/** The entries of a skimmed files array, when every one has the usual shape; undefined otherwise. */
function readFileEntries(raw: string): DistributionFile[] | undefined {
  const out: DistributionFile[] = []
  if (EMPTY_ARRAY.test(raw)) return out
  let at = 1
  for (;;) {
    FILE_ENTRY.lastIndex = at
    const m = FILE_ENTRY.exec(raw)
    if (!m) return undefined
    out.push(
      m[3] !== undefined
        ? { kind: m[1], location: m[2], hash: `sha256:${m[3]}`, sha256: m[3] }
        : { kind: m[1], location: m[2], hash: m[4] },
    )
    at = FILE_ENTRY.lastIndex
    if (m[5] === ']') return at === raw.length ? out : undefined
    ARRAY_END.lastIndex = at
    if (ARRAY_END.test(raw)) return out
  }
}

/** An array value left as its TOML text (see parseToml's `skim`). */
export class Skimmed {
  constructor(
    /** The array's text, "[" to "]". */
    readonly raw: string,
    private readonly file: string,
    private readonly what: string,
  ) {}

  /** The array itself. */
  parse(): unknown[] {
    try {
      return new FastToml(`x = ${this.raw}`).parse().x as unknown[]
    } catch (err) {
      if (err !== GIVE_UP) throw err
    }
    parseTomlStrict(this.file, this.what) // a syntax error in the array: reported with its line in the file
    return smolParse(`x = ${this.raw}`).x as unknown[]
  }
}

/** The elements of an array value that may have been skimmed. */
export function arrayValue(value: unknown): unknown[] | undefined {
  return value instanceof Skimmed ? value.parse() : Array.isArray(value) ? value : undefined
}

export interface DistributionFile {
  /** The file's URL, path or name, as the entry gives it. */
  location?: string
  /** Which key gave it: url, path, filename or file. */
  kind?: string
  hash?: unknown
  /** The hash's hex value when it is a lower-case "sha256:<64 hex>" (checked by the reader already). */
  sha256?: string
}

// One `{ url = "...", hash = "...", size = 1, upload-time = "..." }` (uv) or `{file = "...", hash = "..."}`
// (Poetry, PDM) entry, as the tools write them.
const FILE_ENTRY =
  /\s*\{\s*(url|path|filename|file) = "([^"\\\n]*)",\s*hash = "(?:sha256:([0-9a-f]{64})|([^"\\\n]*))"(?:,\s*size = \d+)?(?:,\s*upload-time = "[^"\\\n]*")?\s*\}\s*(,|\])/y

/**
 * The distribution files of a `wheels` / `files` array: read straight from the text when it has the shape
 * the tools write, parsed as TOML otherwise.
 */
export function distributionFiles(value: unknown): DistributionFile[] {
  if (value instanceof Skimmed) {
    const files = readFileEntries(value.raw)
    if (files) return files
  }
  const list = arrayValue(value) ?? []
  return list.map((f) => {
    if (typeof f !== 'object' || f === null || Array.isArray(f)) return {}
    const t = f as TomlTable
    const kind = ['url', 'path', 'filename', 'file'].find((k) => typeof t[k] === 'string')
    return { kind, location: kind ? String(t[kind]) : undefined, hash: t.hash }
  })
}

/** smol-toml only (small files such as pyproject.toml, and the fallback of parseToml). */
export function parseTomlStrict(text: string, what: string): TomlTable {
  if (text.trim() === '') throw new ParseError(`empty file, expected ${what}`)
  try {
    return smolParse(text) as TomlTable
  } catch (err) {
    if (err instanceof TomlError) {
      const reason = err.message.split('\n')[0].replace(/^Invalid TOML document: /, '')
      throw new ParseError(`not valid TOML (${what}): ${reason}`, err.line)
    }
    throw err
  }
}

/** 1-based lines of the lines that are exactly `header` (e.g. "[[package]]"), in order. One pass. */
export function headerLines(text: string, header: string): number[] {
  const lines: number[] = []
  let line = 1
  let counted = 0
  for (let at = text.indexOf(header); at !== -1; at = text.indexOf(header, at + header.length)) {
    if (at > 0 && text[at - 1] !== '\n') continue
    const end = at + header.length
    const next = text.charCodeAt(end)
    if (end < text.length && next !== 10 && next !== 13 && next !== 32 && next !== 9 && next !== 35) continue
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      line++
      counted = nl + 1
    }
    lines.push(line)
  }
  return lines
}

const GIVE_UP = Symbol('give up')

function giveUp(): never {
  throw GIVE_UP
}

const SKIM = /\[(?:[^[\]"'#\\]|"[^"\\\n]*"|'[^'\n]*')*\]/y
const STRING_LINE = /([A-Za-z0-9_-]+)[ \t]*=[ \t]*"([^"\\\n\r]*)"[ \t]*(?:\r?\n|$)/y
const SIMPLE_VALUE = String.raw`(?:"[^"\\\n\r]*"|[1-9]\d{0,14}|0)`
const SIMPLE_PAIR = String.raw`[A-Za-z0-9_-]+[ \t]*=[ \t]*` + SIMPLE_VALUE
const SIMPLE_TABLE = new RegExp(
  String.raw`\{[ \t]*(` + SIMPLE_PAIR + String.raw`(?:[ \t]*,[ \t]*` + SIMPLE_PAIR + String.raw`)*)[ \t]*\}`,
  'y',
)
const TABLE_PAIR = /([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:"([^"\\\n\r]*)"|(\d+))/g
const INTEGER = /^[+-]?(?:0|[1-9]\d*)$/
const FLOAT = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/
const DATE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$/
const TIME = /^\d{2}:\d{2}:\d{2}(?:\.\d+)?$/

/**
 * The subset of TOML that lock writers emit. Dates and times are kept as their text (smol-toml gives
 * TomlDate objects); nothing in the lockfile readers uses them.
 */
class FastToml {
  private i = 0
  // Tables made by headers (explicitly: `defined`, which cannot be opened twice; or implicitly as a
  // header's parent: `open`) and arrays of tables. Any other table or array met on a header's path is an
  // inline value, which TOML closes. Only header-made objects are recorded: there are few of them.
  private readonly defined = new Set<object>()
  private readonly open = new Set<object>()
  private readonly tableArrays = new Set<object>()
  // Next newline / backslash at or after the scan position, cached: strings must not cross a newline and
  // are copied as they are when they hold no escape.
  private nextNewline = -1
  private nextBackslash = -1

  constructor(
    private readonly s: string,
    private readonly skim?: { keys: ReadonlySet<string>; what: string },
  ) {}

  parse(): TomlTable {
    const s = this.s
    const root: TomlTable = {}
    this.open.add(root)
    let current = root
    const n = s.length
    while (true) {
      this.skipBlank(true)
      if (this.i >= n) return root
      const c = s.charCodeAt(this.i)
      if (c === 91 /* [ */) {
        if (s.charCodeAt(this.i + 1) === 91) {
          this.i += 2
          const path = this.keyPath(93)
          if (s.charCodeAt(this.i) !== 93 || s.charCodeAt(this.i + 1) !== 93) giveUp()
          this.i += 2
          current = this.arrayTable(root, path)
        } else {
          this.i++
          const path = this.keyPath(93)
          if (s.charCodeAt(this.i) !== 93) giveUp()
          this.i++
          current = this.table(root, path)
        }
      } else {
        // the common line, `key = "string"`, in one native step
        STRING_LINE.lastIndex = this.i
        const m = STRING_LINE.exec(s)
        if (m !== null) {
          const key = m[1]
          if (current[key] !== undefined || key === '__proto__') giveUp()
          current[key] = m[2]
          this.i = STRING_LINE.lastIndex
          continue
        }
        const key = this.key()
        if (current[key] !== undefined) giveUp()
        current[key] = this.skim?.keys.has(key) ? this.skimmed() : this.value()
      }
      this.endOfLine()
    }
  }

  private table(root: TomlTable, path: string[]): TomlTable {
    const parent = this.walk(root, path.length - 1, path)
    const key = path[path.length - 1]
    const had = parent[key]
    if (had === undefined) {
      const t: TomlTable = {}
      parent[key] = t
      this.defined.add(t)
      this.open.add(t)
      return t
    }
    if (!isTable(had) || this.defined.has(had) || !this.open.has(had)) giveUp()
    this.defined.add(had)
    return had
  }

  private arrayTable(root: TomlTable, path: string[]): TomlTable {
    const parent = this.walk(root, path.length - 1, path)
    const key = path[path.length - 1]
    let list = parent[key]
    if (list === undefined) {
      list = []
      parent[key] = list
      this.tableArrays.add(list as unknown[])
    } else if (!Array.isArray(list) || !this.tableArrays.has(list)) giveUp()
    const t: TomlTable = {}
    this.open.add(t)
    ;(list as unknown[]).push(t)
    return t
  }

  /** The table at path[0..count), creating implicit tables; the last element of an array of tables. */
  private walk(root: TomlTable, count: number, path: string[]): TomlTable {
    let t = root
    for (let k = 0; k < count; k++) {
      let next = t[path[k]]
      if (next === undefined) {
        const fresh: TomlTable = {}
        t[path[k]] = fresh
        this.open.add(fresh)
        next = fresh
      } else if (Array.isArray(next)) {
        if (!this.tableArrays.has(next) || next.length === 0) giveUp()
        next = next[next.length - 1]
      }
      if (!isTable(next) || !this.open.has(next)) giveUp()
      t = next
    }
    return t
  }

  /**
   * The key of a key/value pair and the "=" after it; the scan is left at the value. A bare key is read
   * directly (the common case); dotted keys give up.
   */
  private key(): string {
    const s = this.s
    const start = this.i
    let j = start
    while (isBareKeyChar(s.charCodeAt(j))) j++
    let key: string
    if (j > start) {
      key = s.slice(start, j)
      this.i = j
      this.skipSpaces()
    } else {
      const path = this.keyPath(61)
      if (path.length !== 1) giveUp()
      key = path[0]
    }
    if (s.charCodeAt(this.i) !== 61 /* = */ || key === '__proto__') giveUp()
    this.i++
    this.skipSpaces()
    return key
  }

  /** A dotted key up to `end` (']' or '='), spaces allowed around the dots. */
  private keyPath(end: number): string[] {
    const s = this.s
    const path: string[] = []
    while (true) {
      this.skipSpaces()
      const c = s.charCodeAt(this.i)
      let key: string
      if (c === 34 /* " */) key = this.basicString()
      else if (c === 39 /* ' */) key = this.literalString()
      else {
        const start = this.i
        while (this.i < s.length && isBareKeyChar(s.charCodeAt(this.i))) this.i++
        if (this.i === start) giveUp()
        key = s.slice(start, this.i)
      }
      if (key === '__proto__') giveUp()
      path.push(key)
      this.skipSpaces()
      const d = s.charCodeAt(this.i)
      if (d === 46 /* . */) {
        this.i++
        continue
      }
      if (d !== end) giveUp()
      return path
    }
  }

  /** An array of inline tables without comments, escapes or nested arrays, kept as text; else parsed. */
  private skimmed(): unknown {
    SKIM.lastIndex = this.i
    if (!SKIM.test(this.s)) return this.value()
    const raw = this.s.slice(this.i, SKIM.lastIndex)
    this.i = SKIM.lastIndex
    return new Skimmed(raw, this.s, this.skim!.what)
  }

  private value(): unknown {
    const s = this.s
    const c = s.charCodeAt(this.i)
    if (c === 34) return this.basicString()
    if (c === 39) return this.literalString()
    if (c === 91) return this.array()
    if (c === 123) return this.inlineTable()
    if (c === 116 /* t */ && s.startsWith('true', this.i)) {
      this.i += 4
      return true
    }
    if (c === 102 /* f */ && s.startsWith('false', this.i)) {
      this.i += 5
      return false
    }
    // number, date or time: up to the next delimiter
    const start = this.i
    while (this.i < s.length) {
      const d = s.charCodeAt(this.i)
      if (d === 32 || d === 9 || d === 10 || d === 13 || d === 44 || d === 93 || d === 125 || d === 35) break
      this.i++
    }
    const token = s.slice(start, this.i)
    if (INTEGER.test(token)) {
      const v = Number(token)
      if (!Number.isSafeInteger(v)) giveUp()
      return v
    }
    if (FLOAT.test(token)) return Number(token)
    if (DATE.test(token)) {
      // "1979-05-27 07:32:00": a space may separate date and time
      if (s.charCodeAt(this.i) === 32 && /\d/.test(s[this.i + 1] ?? '')) giveUp()
      return token
    }
    if (TIME.test(token)) return token
    return giveUp()
  }

  private basicString(): string {
    const s = this.s
    if (s.charCodeAt(this.i + 1) === 34 && s.charCodeAt(this.i + 2) === 34) giveUp() // """multi-line"""
    const start = this.i + 1
    const close = s.indexOf('"', start)
    if (close === -1) giveUp()
    if (this.nextNewline < start) this.nextNewline = indexOrEnd(s, '\n', start)
    if (this.nextBackslash < start) this.nextBackslash = indexOrEnd(s, '\\', start)
    if (this.nextBackslash > close) {
      if (this.nextNewline < close) giveUp()
      this.i = close + 1
      return s.slice(start, close)
    }
    // with escapes
    let out = ''
    let j = start
    while (true) {
      const c = s.charCodeAt(j)
      if (c === 34) break
      if (c === 10 || c === 13 || j >= s.length) giveUp()
      if (c === 92) {
        const e = s[j + 1]
        if (e === '"' || e === '\\') out += e
        else if (e === 'n') out += '\n'
        else if (e === 't') out += '\t'
        else if (e === 'r') out += '\r'
        else if (e === 'b') out += '\b'
        else if (e === 'f') out += '\f'
        else if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8
          const hex = s.slice(j + 2, j + 2 + len)
          if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len) giveUp()
          const code = parseInt(hex, 16)
          if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) giveUp()
          out += String.fromCodePoint(code)
          j += len
        } else giveUp()
        j += 2
        continue
      }
      out += s[j]
      j++
    }
    this.i = j + 1
    return out
  }

  private literalString(): string {
    const s = this.s
    if (s.charCodeAt(this.i + 1) === 39 && s.charCodeAt(this.i + 2) === 39) giveUp() // '''multi-line'''
    const start = this.i + 1
    const close = s.indexOf("'", start)
    if (close === -1) giveUp()
    if (this.nextNewline < start) this.nextNewline = indexOrEnd(s, '\n', start)
    if (this.nextNewline < close) giveUp()
    this.i = close + 1
    return s.slice(start, close)
  }

  private array(): unknown[] {
    const s = this.s
    const list: unknown[] = []
    this.i++
    while (true) {
      this.skipBlank(true)
      if (s.charCodeAt(this.i) === 93) {
        this.i++
        return list
      }
      list.push(this.value())
      this.skipBlank(true)
      const c = s.charCodeAt(this.i)
      if (c === 44) this.i++
      else if (c !== 93) giveUp()
    }
  }

  private inlineTable(): TomlTable {
    const s = this.s
    const t: TomlTable = {}
    // the common table, plain strings and integers only, in few native steps
    SIMPLE_TABLE.lastIndex = this.i
    const whole = SIMPLE_TABLE.exec(s)
    if (whole !== null) {
      const body = whole[1]
      TABLE_PAIR.lastIndex = 0
      for (let m = TABLE_PAIR.exec(body); m !== null; m = TABLE_PAIR.exec(body)) {
        const key = m[1]
        if (t[key] !== undefined || key === '__proto__') giveUp()
        t[key] = m[2] !== undefined ? m[2] : Number(m[3])
      }
      this.i = SIMPLE_TABLE.lastIndex
      return t
    }
    this.i++
    this.skipSpaces()
    if (s.charCodeAt(this.i) === 125) {
      this.i++
      return t
    }
    while (true) {
      const key = this.key()
      if (t[key] !== undefined) giveUp()
      t[key] = this.value()
      this.skipSpaces()
      const c = s.charCodeAt(this.i)
      this.i++
      if (c === 125) return t
      if (c !== 44) giveUp()
      this.skipSpaces()
      if (s.charCodeAt(this.i) === 125) giveUp() // trailing comma: not TOML 1.0
    }
  }

  private skipSpaces(): void {
    const s = this.s
    while (true) {
      const c = s.charCodeAt(this.i)
      if (c === 32 || c === 9) this.i++
      else return
    }
  }

  /** Spaces, newlines and comments. */
  private skipBlank(newlines: boolean): void {
    const s = this.s
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i)
      if (c === 32 || c === 9) this.i++
      else if (newlines && c === 10) this.i++
      else if (newlines && c === 13 && s.charCodeAt(this.i + 1) === 10) this.i += 2
      else if (c === 35) this.skipComment()
      else return
    }
  }

  private skipComment(): void {
    const s = this.s
    const nl = s.indexOf('\n', this.i)
    const end = nl === -1 ? s.length : nl
    for (let j = this.i; j < end; j++) {
      const c = s.charCodeAt(j)
      if ((c < 32 && c !== 9 && !(c === 13 && j === end - 1)) || c === 127) giveUp()
    }
    this.i = end
  }

  /** After a key/value pair or header: only spaces and a comment before the newline. */
  private endOfLine(): void {
    this.skipBlank(false)
    const s = this.s
    if (this.i >= s.length) return
    const c = s.charCodeAt(this.i)
    if (c === 10) this.i++
    else if (c === 13 && s.charCodeAt(this.i + 1) === 10) this.i += 2
    else giveUp()
  }
}

function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isBareKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45
}

function indexOrEnd(s: string, needle: string, from: number): number {
  const at = s.indexOf(needle, from)
  return at === -1 ? s.length : at
}
/** The fast reader alone, for tests: throws (not a ParseError) when it gives up. */
export function parseTomlFast(text: string): TomlTable {
  return new FastToml(text).parse()
}
