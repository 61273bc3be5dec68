// CycloneDX XML (1.2 – 1.7) → graph, through fast-xml-parser. No DTD is read: a document with a DOCTYPE is
// refused before parsing (no external entities, no entity expansion), the parser's own entity handling is
// off, and only XML's five predefined entities and character references are decoded, here.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { BaseReader } from './reader.js'
import {
  AGGREGATES,
  bomToGraph,
  CDX_SCOPES,
  COMPONENT_TYPES,
  hashProblem,
  licenseIdProblem,
  parseDateTime,
  SERIAL_NUMBER,
  type CdxBom,
  type CdxComponent,
  type CdxLicense,
  type CdxProperty,
} from './cyclonedx-common.js'
import { SbomReadError, type ReadSbom } from './types.js'

type Node = Record<string, unknown>

/** Elements that may repeat: always arrays, however many there are. */
const REPEATED = new Set([
  'component',
  'author',
  'service',
  'tool',
  'hash',
  'license',
  'expression',
  'expression-detailed',
  'property',
  'reference',
  'dependency',
  'composition',
  'assembly',
])

const EMPTY: readonly never[] = Object.freeze([])

export interface XmlRoot {
  /** Qualified name of the root element, and its local part. */
  name: string
  localName: string
  /** Namespace of the root element, when it is declared on it. */
  namespace?: string
  line: number
}

const lineOf = (text: string, offset: number): number => {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

function refuseDtd(text: string, file: string): void {
  const at = text.search(/<!DOCTYPE|<!ENTITY/)
  if (at !== -1)
    throw new SbomReadError(
      file,
      'XML with a DOCTYPE is not read: CycloneDX needs no DTD, and its entities could read local files or expand without end',
      lineOf(text, at),
    )
}

/** The root element's name and namespace, from its start tag, without parsing the document. */
export function xmlRoot(text: string, file: string): XmlRoot {
  refuseDtd(text, file)
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/.exec(text)![0].length
  const tag = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?/.exec(text.slice(prolog))
  if (!tag) throw new SbomReadError(file, 'not well-formed XML: no root element', lineOf(text, prolog))
  const prefix = tag[2] === undefined ? undefined : tag[1]
  const localName = tag[2] ?? tag[1]
  const attrs = /\s*([\w.:-]+)\s*=\s*("[^"]*"|'[^']*')/y
  attrs.lastIndex = prolog + tag[0].length
  let namespace: string | undefined
  for (let m = attrs.exec(text); m; m = attrs.exec(text))
    if (m[1] === (prefix ? `xmlns:${prefix}` : 'xmlns')) namespace = decode(m[2].slice(1, -1)) ?? undefined
  return { name: tag[0].slice(1), localName, namespace, line: lineOf(text, prolog) }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Text with XML's predefined entities and character references decoded; null for any other entity. */
function decode(text: string): string | null {
  if (!text.includes('&')) return text
  let bad = false
  const out = text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);?/g, (all, ref: string) => {
    if (!all.endsWith(';')) return ((bad = true), all)
    if (ref[0] !== '#') return PREDEFINED[ref] ?? ((bad = true), all)
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    try {
      return String.fromCodePoint(code)
    } catch {
      return ((bad = true), all)
    }
  })
  return bad ? null : out
}

class Reader extends BaseReader {
  /** An element's content as a node: '' (an empty element) counts as a node without children. */
  node(v: unknown, path: string): Node {
    if (v === '') return {}
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, 'expected child elements')
    return v as Node
  }

  /** Children named `name` of a node. */
  list(n: Node, name: string): unknown[] {
    const v = n[name]
    return v === undefined ? (EMPTY as never[]) : (v as unknown[])
  }

  /** The text of a single child element (or of the node itself when name is undefined). */
  text(n: unknown, path: string): string {
    let raw: string
    if (typeof n === 'string') raw = decode(n) ?? this.fail(path, 'undefined entity reference')
    else if (n && typeof n === 'object' && !Array.isArray(n)) {
      const o = n as Node
      const t = o['#text']
      const c = o['#cdata']
      raw =
        (typeof t === 'string' ? (decode(t) ?? this.fail(path, 'undefined entity reference')) : '') +
        (typeof c === 'string' ? c : Array.isArray(c) ? c.join('') : '')
      if (t === undefined && c === undefined && Object.keys(o).some((k) => k[0] !== '@'))
        this.fail(path, 'expected text, not elements')
    } else if (Array.isArray(n)) return this.fail(path, 'expected one element, found several')
    else raw = ''
    return raw
  }

  /** The text of the child element `name`; its path (for a message) is only made when something is wrong. */
  child(n: Node, name: string, at: string): string | undefined {
    const v = n[name]
    if (v === undefined || (typeof v === 'string' && !v.includes('&'))) return v
    return this.text(v, `${at}/${name}`)
  }

  required(n: Node, name: string, at: string): string {
    return this.child(n, name, at) ?? this.fail(`${at}/${name}`, 'missing')
  }

  /** An attribute: `key` is its name with the parser's "@". */
  attr(n: Node, key: string, at: string): string | undefined {
    const v = n[key]
    if (v === undefined || (typeof v === 'string' && !v.includes('&'))) return v
    return decode(v as string) ?? this.fail(`${at}/${key}`, 'undefined entity reference')
  }

  requiredAttr(n: Node, key: string, at: string): string {
    return this.attr(n, key, at) ?? this.fail(`${at}/${key}`, 'missing')
  }

  properties(n: Node, at: string): CdxProperty[] {
    if (n.properties === undefined) return EMPTY as never[]
    const list = this.list(this.node(n.properties, `${at}/properties`), 'property')
    const out: CdxProperty[] = new Array(list.length)
    // the common case, <property name="…">text</property>, without paths
    for (let i = 0; i < list.length; i++) {
      const p = list[i] as Node
      const name = p?.['@name']
      const value = p?.['#text'] ?? ''
      if (
        typeof name !== 'string' ||
        typeof value !== 'string' ||
        name.includes('&') ||
        value.includes('&') ||
        p['#cdata'] !== undefined
      )
        return this.checkedProperties(list, at)
      out[i] = { name, value }
    }
    return out
  }

  checkedProperties(list: unknown[], at: string): CdxProperty[] {
    const out: CdxProperty[] = []
    for (let i = 0; i < list.length; i++) {
      const pat = `${at}/properties/property[${i + 1}]`
      const p = list[i]
      const name = typeof p === 'object' && p !== null ? this.attr(p as Node, '@name', pat) : undefined
      if (name === undefined) {
        if (this.minor >= 6) this.fail(`${pat}/@name`, 'missing')
        continue
      }
      out.push({ name, value: this.text(p, pat) })
    }
    return out
  }

  licenses(n: Node, at: string): CdxLicense[] {
    if (n.licenses === undefined) return EMPTY as never[]
    const lat = `${at}/licenses`
    const l = this.node(n.licenses, lat)
    const out: CdxLicense[] = []
    const ack = (o: unknown, path: string): string | undefined => {
      const a =
        typeof o === 'object' && o !== null ? this.attr(o as Node, '@acknowledgement', path) : undefined
      if (a !== undefined && a !== 'declared' && a !== 'concluded')
        this.fail(`${path}/@acknowledgement`, `"${a}" is neither declared nor concluded`)
      return a
    }
    this.list(l, 'license').forEach((v, i) => {
      const path = `${lat}/license[${i + 1}]`
      const lic = this.node(v, path)
      const id = this.child(lic, 'id', path)
      const name = this.child(lic, 'name', path)
      const acknowledgement = ack(lic, path)
      if ((id === undefined) === (name === undefined)) this.fail(path, 'needs exactly one of <id> and <name>')
      if (id !== undefined) {
        const problem = licenseIdProblem(id)
        if (problem) this.fail(`${path}/id`, problem)
        out.push(acknowledgement ? { id, acknowledgement } : { id })
      } else out.push(acknowledgement ? { name: name!, acknowledgement } : { name: name! })
    })
    const licenses = out.length
    this.list(l, 'expression').forEach((v, i) => {
      const path = `${lat}/expression[${i + 1}]`
      const acknowledgement = ack(v, path)
      const expression = this.text(v, path)
      out.push(acknowledgement ? { expression, acknowledgement } : { expression })
    })
    this.list(l, 'expression-detailed').forEach((v, i) => {
      const path = `${lat}/expression-detailed[${i + 1}]`
      const o = this.node(v, path)
      const acknowledgement = ack(o, path)
      const expression = this.requiredAttr(o, '@expression', path)
      out.push(acknowledgement ? { expression, acknowledgement } : { expression })
    })
    // Before 1.7: either licenses, or one expression alone
    if (this.minor < 7 && out.length > licenses && out.length > 1)
      this.fail(lat, `an expression must be the only license in CycloneDX ${this.version}`)
    return out
  }

  component(v: unknown, path: string, out: CdxComponent[] | undefined): CdxComponent {
    const o = this.node(v, path)
    const type = this.requiredAttr(o, '@type', path)
    if (!COMPONENT_TYPES.has(type)) this.fail(`${path}/@type`, `unknown component type "${type}"`)
    const name = this.required(o, 'name', path)
    let bomRef = this.attr(o, '@bom-ref', path)
    if (bomRef === '') {
      if (this.minor >= 5) this.fail(`${path}/@bom-ref`, 'empty bom-ref')
      bomRef = undefined
    }
    const version = this.child(o, 'version', path)
    if (o.versionRange !== undefined) {
      if (version !== undefined) this.fail(path, 'has both <version> and <versionRange>')
      if (this.child(o, 'isExternal', path) !== 'true')
        this.fail(`${path}/versionRange`, 'is only allowed with <isExternal>true</isExternal>')
    }
    const scope = this.child(o, 'scope', path)
    if (scope !== undefined && !CDX_SCOPES.has(scope)) this.fail(`${path}/scope`, `unknown scope "${scope}"`)
    let hashes: CdxComponent['hashes'] = EMPTY as never[]
    if (o.hashes !== undefined) {
      const list = this.list(this.node(o.hashes, `${path}/hashes`), 'hash')
      hashes = list.map((v, i) => {
        const h = v as Node
        const alg = h?.['@alg']
        const content = h?.['#text']
        // the common case without paths: a hex digest has no entities
        if (typeof alg === 'string' && typeof content === 'string' && !hashProblem(alg, content))
          return { alg, content }
        const hat = `${path}/hashes/hash[${i + 1}]`
        return this.hash(h, hat)
      })
    }
    let externalReferences: CdxComponent['externalReferences'] = EMPTY as never[]
    if (o.externalReferences !== undefined) {
      const list = this.list(this.node(o.externalReferences, `${path}/externalReferences`), 'reference')
      externalReferences = list.map((r, i) => {
        const rat = `${path}/externalReferences/reference[${i + 1}]`
        const ref = this.node(r, rat)
        return { type: this.requiredAttr(ref, '@type', rat), url: this.required(ref, 'url', rat) }
      })
    }
    const c: CdxComponent = {
      type,
      bomRef,
      name,
      group: this.child(o, 'group', path),
      version,
      purl: this.child(o, 'purl', path),
      scope,
      hashes,
      licenses: this.licenses(o, path),
      externalReferences,
      properties: this.properties(o, path),
      at: path,
    }
    if (out) {
      out.push(c)
      if (o.components !== undefined) {
        const nested = this.list(this.node(o.components, `${path}/components`), 'component')
        for (let i = 0; i < nested.length; i++)
          this.component(nested[i], `${path}/components/component[${i + 1}]`, out)
      }
    }
    return c
  }

  hash(h: unknown, hat: string): { alg: string; content: string } {
    const alg = typeof h === 'object' && h !== null ? this.attr(h as Node, '@alg', hat) : undefined
    if (alg === undefined) this.fail(`${hat}/@alg`, 'missing')
    const content = this.text(h, hat)
    const problem = hashProblem(alg, content)
    if (problem) this.fail(hat, problem)
    return { alg, content }
  }

  tools(v: unknown, path: string): string[] {
    const t = this.node(v, path)
    const out: string[] = []
    const label = (n: unknown, at: string) => {
      const o = this.node(n, at)
      return [this.child(o, 'name', at), this.child(o, 'version', at)].filter((s) => s).join(' ')
    }
    // 1.2 – 1.4 (deprecated since): <tool>; 1.5+: <components> and <services>
    this.list(t, 'tool').forEach((n, i) => out.push(label(n, `${path}/tool[${i + 1}]`)))
    if (t.components !== undefined)
      this.list(this.node(t.components, `${path}/components`), 'component').forEach((n, i) =>
        out.push(label(n, `${path}/components/component[${i + 1}]`)),
      )
    if (t.services !== undefined)
      this.list(this.node(t.services, `${path}/services`), 'service').forEach((n, i) =>
        out.push(label(n, `${path}/services/service[${i + 1}]`)),
      )
    return out.filter((s) => s)
  }

  refList(container: unknown, item: string, at: string): string[] {
    if (container === undefined) return EMPTY as never[]
    return this.list(this.node(container, at), item).map((d, i) => {
      const ref = (d as Node)?.['@ref']
      if (typeof ref === 'string' && ref && !ref.includes('&')) return ref
      const path = `${at}/${item}[${i + 1}]`
      return this.requiredAttr(this.node(d, path), '@ref', path) || this.fail(`${path}/@ref`, 'empty bom-ref')
    })
  }
}

let parser: XMLParser | undefined

/** CycloneDX XML of `version` (from the root's namespace, see readSbom) as the graph it describes. */
export function readCycloneDxXml(text: string, file: string, version: string): ReadSbom {
  refuseDtd(text, file)
  const valid = XMLValidator.validate(text)
  if (valid !== true)
    throw new SbomReadError(
      file,
      `not well-formed XML (column ${valid.err.col}): ${valid.err.msg}`,
      valid.err.line,
    )
  parser ??= new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    cdataPropName: '#cdata',
    // isArray needs the name only: no path strings built for every element (a fifth of the time)
    jPath: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
  })
  const doc = parser.parse(text) as Node
  const r = new Reader(file, version)
  const top = r.node(doc.bom, '/bom')
  const serial = r.attr(top, '@serialNumber', '/bom')
  if (serial !== undefined && !SERIAL_NUMBER.test(serial))
    r.fail('/bom/@serialNumber', `"${serial}" is not a urn:uuid serial number`)
  const bomVersion = r.attr(top, '@version', '/bom')
  if (bomVersion !== undefined && !/^[1-9]\d*$/.test(bomVersion))
    r.fail('/bom/@version', `expected a whole number from 1, not "${bomVersion}"`)

  const bom: CdxBom = {
    specVersion: version,
    tools: [],
    properties: [],
    components: [],
    dependencies: [],
    compositions: [],
    refPath: (at) => `${at}/@bom-ref`,
  }
  if (top.metadata !== undefined) {
    const m = r.node(top.metadata, '/bom/metadata')
    const timestamp = r.child(m, 'timestamp', '/bom/metadata')
    if (timestamp !== undefined) {
      bom.timestamp = parseDateTime(timestamp, true)
      if (!bom.timestamp) r.fail('/bom/metadata/timestamp', `"${timestamp}" is not an xs:dateTime`)
    }
    if (m.tools !== undefined) bom.tools = r.tools(m.tools, '/bom/metadata/tools')
    if (m.authors !== undefined) {
      const author = r.list(r.node(m.authors, '/bom/metadata/authors'), 'author')[0]
      if (author !== undefined)
        bom.author = r.child(
          r.node(author, '/bom/metadata/authors/author'),
          'name',
          '/bom/metadata/authors/author',
        )
    }
    if (m.component !== undefined) {
      const list = m.component as unknown[]
      if (list.length > 1) r.fail('/bom/metadata/component[2]', 'metadata has one component')
      bom.component = r.component(list[0], '/bom/metadata/component', undefined)
    }
    bom.properties = r.properties(m, '/bom/metadata')
    r.licenses(m, '/bom/metadata')
  }
  if (top.components !== undefined) {
    const list = r.list(r.node(top.components, '/bom/components'), 'component')
    for (let i = 0; i < list.length; i++)
      r.component(list[i], `/bom/components/component[${i + 1}]`, bom.components)
  }
  if (top.dependencies !== undefined) {
    const list = r.list(r.node(top.dependencies, '/bom/dependencies'), 'dependency')
    for (let i = 0; i < list.length; i++) {
      const at = `/bom/dependencies/dependency[${i + 1}]`
      const d = r.node(list[i], at)
      const ref = r.requiredAttr(d, '@ref', at) || r.fail(`${at}/@ref`, 'empty bom-ref')
      bom.dependencies.push({ ref, dependsOn: r.refList(d, 'dependency', at) })
    }
  }
  if (top.compositions !== undefined) {
    const list = r.list(r.node(top.compositions, '/bom/compositions'), 'composition')
    for (let i = 0; i < list.length; i++) {
      const at = `/bom/compositions/composition[${i + 1}]`
      const c = r.node(list[i], at)
      const aggregate = r.required(c, 'aggregate', at)
      if (!AGGREGATES.has(aggregate)) r.fail(`${at}/aggregate`, `unknown aggregate "${aggregate}"`)
      const refs = [
        ...r.refList(c.assemblies, 'assembly', `${at}/assemblies`),
        ...r.refList(c.dependencies, 'dependency', `${at}/dependencies`),
      ]
      bom.compositions.push({ aggregate, refs })
    }
  }
  const { graph, subject, tool } = bomToGraph(bom, file)
  return { graph, subject, format: 'cyclonedx-xml', specVersion: version, tool }
}
