// Text helpers shared by parsers: line numbers for positions and JSON parse errors.
import { ParseError } from '../model.js'

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  const end = Math.min(offset, text.length)
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** 1-based line of the first occurrence of `needle`, or undefined. */
export function lineOf(text: string, needle: string, from = 0): number | undefined {
  const at = text.indexOf(needle, from)
  return at === -1 ? undefined : lineAt(text, at)
}

/**
 * Offset of the first JSON syntax error, for messages. Runs only after JSON.parse failed, so it favours
 * being short over being fast; it follows RFC 8259 closely enough to point at the right place.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++
  }
  const fail = (): never => {
    throw i
  }
  const value = (): void => {
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      ws()
      if (text[i] === '}') return void i++
      for (;;) {
        ws()
        if (text[i] !== '"') fail()
        string()
        ws()
        if (text[i] !== ':') fail()
        i++
        value()
        ws()
        if (text[i] === ',') i++
        else if (text[i] === '}') return void i++
        else fail()
      }
    }
    if (c === '[') {
      i++
      ws()
      if (text[i] === ']') return void i++
      for (;;) {
        value()
        ws()
        if (text[i] === ',') i++
        else if (text[i] === ']') return void i++
        else fail()
      }
    }
    if (c === '"') return string()
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400))
    if (!m) fail()
    i += m![0].length
  }
  const string = (): void => {
    i++
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++
      else if (text.charCodeAt(i) < 0x20) fail()
      i++
    }
    if (i >= text.length) fail()
    i++
  }
  try {
    value()
    ws()
    return i < text.length ? i : -1
  } catch (at) {
    return typeof at === 'number' ? at : -1
  }
}

/** JSON.parse that turns a syntax error into a ParseError naming the line. */
export function parseJson(text: string, what = 'JSON'): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    if (text.trim() === '') throw new ParseError(`empty file, expected ${what}`)
    const message = err instanceof Error ? err.message : String(err)
    const at = jsonErrorOffset(text)
    const truncated = at >= text.trimEnd().length || /end of JSON input/.test(message)
    const found = at >= 0 && !truncated ? JSON.stringify(text.slice(at, at + 12).split('\n')[0]) : ''
    const reason = truncated ? 'unexpected end of file (truncated?)' : `unexpected ${found || 'input'}`
    throw new ParseError(`not valid ${what}: ${reason}`, at >= 0 ? lineAt(text, at) : undefined)
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string-valued record (dependency maps), ignoring non-string values. */
export function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {}
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v
  return out
}
