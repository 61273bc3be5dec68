// XML for POMs, maven-metadata.xml and Gradle's verification metadata, read safely: a document type
// declaration is refused before parsing, so no entity is ever defined, expanded or fetched (XXE, billion
// laughs); only XML's five predefined entities and character references are decoded.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { ParseError } from '../../model.js'

/** An element as fast-xml-parser gives it: text, or an object of child elements (and "@_" attributes). */
export type XmlValue = string | XmlObject | XmlValue[]
export interface XmlObject {
  [name: string]: XmlValue
}

export interface XmlOptions {
  /** Keep attributes ("@_name"); POMs do not need them. */
  attributes?: boolean
  /** Record where each element starts, for `offsetOfElement`. */
  positions?: boolean
  /** Check well-formedness first, for a message with a line (the parser alone is lenient). */
  validate?: boolean
  /** Elements whose content is not parsed (kept as text): what a reader never looks at, for speed. */
  skip?: readonly string[]
}

const CHAR_REF = /&#(x[0-9a-f]+|[0-9]+);/gi

/** fast-xml-parser decodes the predefined entities but not character references. */
function decodeCharRefs(value: string): string {
  if (!value.includes('&#')) return value
  return value.replace(CHAR_REF, (ref, code: string) => {
    const n = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10)
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ref
  })
}

const parsers = new Map<string, XMLParser>()

function parserFor(options: XmlOptions): XMLParser {
  const key = `${options.attributes ? 1 : 0}${options.positions ? 1 : 0}${options.skip?.join() ?? ''}`
  let parser = parsers.get(key)
  if (!parser)
    parsers.set(
      key,
      (parser = new XMLParser({
        ignoreAttributes: !options.attributes,
        attributeNamePrefix: '@_',
        parseTagValue: false, // "1.10" stays "1.10"
        parseAttributeValue: false,
        trimValues: true,
        removeNSPrefix: true,
        processEntities: true, // the predefined ones only: a DOCTYPE never reaches the parser
        htmlEntities: false,
        ignoreDeclaration: true,
        ignorePiTags: true,
        captureMetaData: !!options.positions,
        stopNodes: options.skip ? [...options.skip] : [],
        tagValueProcessor: (_name: string, value: string) => decodeCharRefs(value),
        attributeValueProcessor: (_name: string, value: string) => decodeCharRefs(value),
      })),
    )
  return parser
}

/** Offset of a `<!DOCTYPE` or `<!ENTITY` outside comments and CDATA sections, or -1. */
export function doctypeOffset(text: string): number {
  let from = 0
  for (;;) {
    const at = text.indexOf('<!', from)
    if (at === -1) return -1
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4)
      if (end === -1) return -1
      from = end + 3
    } else if (text.startsWith('<![CDATA[', at)) {
      const end = text.indexOf(']]>', at + 9)
      if (end === -1) return -1
      from = end + 3
    } else if (/^<!(DOCTYPE|ENTITY)/i.test(text.slice(at, at + 9))) return at
    else from = at + 2
  }
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/**
 * Parses XML text. Throws ParseError, with a message that names `what` (the file or artifact), for a document
 * type declaration or malformed XML.
 */
export function readXml(text: string, what: string, options: XmlOptions = {}): XmlObject {
  const doctype = doctypeOffset(text)
  if (doctype !== -1)
    throw new ParseError(
      `${what}: refused, it declares a DOCTYPE or entities (XML entities are never expanded nor fetched)`,
      lineAtOffset(text, doctype),
    )
  if (options.validate) {
    const valid = XMLValidator.validate(text)
    if (valid !== true)
      throw new ParseError(`${what}: not well-formed XML (${valid.err.msg})`, valid.err.line)
  }
  try {
    return parserFor(options).parse(text) as XmlObject
  } catch (err) {
    throw new ParseError(`${what}: not well-formed XML (${err instanceof Error ? err.message : String(err)})`)
  }
}

const META = XMLParser.getMetaDataSymbol() as unknown as symbol

/** Offset where an element (read with `positions`) starts in the text. */
export function offsetOfElement(element: XmlValue | undefined): number | undefined {
  if (!element || typeof element !== 'object' || Array.isArray(element)) return undefined
  const meta = (element as unknown as Record<symbol, { startIndex?: number } | undefined>)[META]
  return meta?.startIndex
}

/** Child elements of a name, as a list (one element is not an array in fast-xml-parser's output). */
export function children(parent: XmlValue | undefined, name: string): XmlValue[] {
  if (!parent || typeof parent !== 'object' || Array.isArray(parent)) return []
  const value = parent[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/** The element of a name, as an object; undefined when absent or text. */
export function child(parent: XmlValue | undefined, name: string): XmlObject | undefined {
  const found = children(parent, name)[0]
  return found && typeof found === 'object' && !Array.isArray(found) ? found : undefined
}

/** Text of a child element ("" for an empty one, undefined when absent). */
export function text(parent: XmlValue | undefined, name: string): string | undefined {
  const found = children(parent, name)[0]
  if (found === undefined) return undefined
  if (typeof found === 'string') return found
  if (typeof found === 'object' && !Array.isArray(found)) {
    const inner = found['#text']
    return typeof inner === 'string' ? inner : ''
  }
  return undefined
}

/** An attribute's value (documents read with `attributes`). */
export function attr(element: XmlValue | undefined, name: string): string | undefined {
  if (!element || typeof element !== 'object' || Array.isArray(element)) return undefined
  const value = element[`@_${name}`]
  return typeof value === 'string' ? value : undefined
}

/** 1-based line of an offset, with a table of line starts built once per text. */
export function lineIndex(source: string): (offset: number | undefined) => number | undefined {
  const starts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    if (offset === undefined) return undefined
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}
