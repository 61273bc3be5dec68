// CycloneDX JSON (1.2 – 1.7) → graph. Every field that is read is checked by hand against the schema of the
// document's version (a JSON-schema validator takes longer to load than reading a large SBOM takes), so an
// invalid document is refused with its file and the JSON path of the first problem.
import { BaseReader } from './reader.js'
import {
  AGGREGATES,
  bomToGraph,
  CDX_SCOPES,
  CDX_VERSIONS,
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

type Json = Record<string, unknown>

const EMPTY: readonly never[] = Object.freeze([])

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v)

/** The JSON path of a member: paths are only built for a message, never while all is well. */
const join = (path: string, key: string): string => (path ? `${path}.${key}` : key)

/** The path of a list item. */
const item = (path: string, key: string, i: number): string => join(path, `${key}[${i}]`)

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

class Reader extends BaseReader {
  object(v: unknown, path: string): Json {
    return isObject(v) ? v : this.fail(path, `expected an object, not ${kind(v)}`)
  }

  /** o[key] as an optional string; `path` is o's. */
  string(o: Json, key: string, path: string): string | undefined {
    const v = o[key]
    if (v === undefined || typeof v === 'string') return v
    return this.fail(join(path, key), `expected a string, not ${kind(v)}`)
  }

  required(o: Json, key: string, path: string): string {
    const v = this.string(o, key, path)
    return v === undefined ? this.fail(join(path, key), 'missing') : v
  }

  array(o: Json, key: string, path: string): unknown[] | undefined {
    const v = o[key]
    if (v === undefined || Array.isArray(v)) return v
    return this.fail(join(path, key), `expected an array, not ${kind(v)}`)
  }

  /** A reference to a bom-ref: a non-empty string. */
  ref(v: unknown, path: string): string {
    if (typeof v !== 'string') this.fail(path, `expected a bom-ref string, not ${kind(v)}`)
    if (!v) this.fail(path, 'empty bom-ref')
    return v
  }

  /** The properties as they are when they are all well-formed (the common case: no copy), else checked. */
  properties(o: Json, path: string): CdxProperty[] {
    const list = this.array(o, 'properties', path)
    if (!list?.length) return EMPTY as never[]
    if (list.every((p) => isObject(p) && typeof p.name === 'string' && typeof p.value === 'string'))
      return list as CdxProperty[]
    const out: CdxProperty[] = []
    for (let i = 0; i < list.length; i++) {
      const at = join(path, `properties[${i}]`)
      const p = this.object(list[i], at)
      const name = this.string(p, 'name', at)
      const value = this.string(p, 'value', at) ?? ''
      if (name === undefined) {
        if (this.minor >= 6) this.fail(`${at}.name`, 'missing')
        continue // a property without a name says nothing; 1.4 and 1.5 allow it
      }
      out.push({ name, value })
    }
    return out
  }

  /**
   * The licenses, each as its {license: {id | name, acknowledgement?}} object's license or its
   * {expression, acknowledgement?} object: they have the shape CdxLicense describes once checked.
   */
  licenses(o: Json, path: string): CdxLicense[] {
    const list = this.array(o, 'licenses', path)
    if (!list?.length) return EMPTY as never[]
    const out: CdxLicense[] = new Array(list.length)
    for (let i = 0; i < list.length; i++) {
      const l = list[i] as Json
      if (!isObject(l)) this.object(l, item(path, 'licenses', i))
      const ack = l.acknowledgement
      if (ack !== undefined && ack !== 'declared' && ack !== 'concluded')
        this.fail(
          `${item(path, 'licenses', i)}.acknowledgement`,
          `${JSON.stringify(ack)} is neither declared nor concluded`,
        )
      if ((l.license === undefined) === (l.expression === undefined))
        this.fail(item(path, 'licenses', i), 'needs exactly one of "license" and "expression"')
      if (l.expression !== undefined) {
        this.required(l, 'expression', item(path, 'licenses', i))
        // 1.5 and 1.6: either licenses, or one expression alone
        if ((this.minor === 5 || this.minor === 6) && list.length > 1)
          this.fail(
            item(path, 'licenses', i),
            `an expression must be the only entry of "licenses" in CycloneDX ${this.version}`,
          )
        out[i] = l as CdxLicense
        continue
      }
      const lic = isObject(l.license)
        ? l.license
        : this.object(l.license, `${item(path, 'licenses', i)}.license`)
      const { id, name } = lic
      if (typeof id !== 'string' || name !== undefined || typeof lic.acknowledgement === 'string') {
        this.string(lic, 'id', `${item(path, 'licenses', i)}.license`)
        this.string(lic, 'name', `${item(path, 'licenses', i)}.license`)
        const lack = this.string(lic, 'acknowledgement', `${item(path, 'licenses', i)}.license`)
        if (lack !== undefined && lack !== 'declared' && lack !== 'concluded')
          this.fail(
            `${item(path, 'licenses', i)}.license.acknowledgement`,
            `"${lack}" is neither declared nor concluded`,
          )
        if ((id === undefined) === (name === undefined))
          this.fail(`${item(path, 'licenses', i)}.license`, 'needs exactly one of "id" and "name"')
      }
      if (id !== undefined) {
        const problem = licenseIdProblem(id as string)
        if (problem) this.fail(`${item(path, 'licenses', i)}.license.id`, problem)
      }
      // an acknowledgement next to the license (1.6 JSON puts it inside) is carried in
      out[i] = (
        ack !== undefined && lic.acknowledgement === undefined ? { ...lic, acknowledgement: ack } : lic
      ) as CdxLicense
    }
    return out
  }

  /** A component and its nested components, appended to `out` in document order. */
  component(v: unknown, path: string, out: CdxComponent[] | undefined): CdxComponent {
    const o = this.object(v, path)
    const type = this.required(o, 'type', path)
    if (!COMPONENT_TYPES.has(type)) this.fail(`${path}.type`, `unknown component type "${type}"`)
    const name = this.required(o, 'name', path)
    let bomRef = this.string(o, 'bom-ref', path)
    if (bomRef === '') {
      if (this.minor >= 5) this.fail(`${path}.bom-ref`, 'empty bom-ref')
      bomRef = undefined
    }
    const version = this.string(o, 'version', path)
    if (o.versionRange !== undefined) {
      this.string(o, 'versionRange', path)
      if (version !== undefined) this.fail(path, 'has both "version" and "versionRange"')
      if (o.isExternal !== true) this.fail(`${path}.versionRange`, 'is only allowed with "isExternal": true')
    }
    const scope = this.string(o, 'scope', path)
    if (scope !== undefined && !CDX_SCOPES.has(scope)) this.fail(`${path}.scope`, `unknown scope "${scope}"`)

    // Checked in place and kept as they are: they already have the shape the graph reads.
    const hashes = (this.array(o, 'hashes', path) ?? EMPTY) as CdxComponent['hashes']
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i]
      if (!isObject(h) || typeof h.alg !== 'string' || typeof h.content !== 'string') {
        const at = `${path}.hashes[${i}]`
        this.required(this.object(h, at), 'alg', at)
        this.required(h as unknown as Json, 'content', at)
      }
      const problem = hashProblem(h.alg, h.content)
      if (problem) this.fail(`${path}.hashes[${i}]`, problem)
    }
    const externalReferences = (this.array(o, 'externalReferences', path) ??
      EMPTY) as CdxComponent['externalReferences']
    for (let i = 0; i < externalReferences.length; i++) {
      const r = externalReferences[i]
      if (!isObject(r) || typeof r.type !== 'string' || typeof r.url !== 'string') {
        const at = `${path}.externalReferences[${i}]`
        this.required(this.object(r, at), 'type', at)
        this.required(r as unknown as Json, 'url', at)
      }
    }
    const c: CdxComponent = {
      type,
      bomRef,
      name,
      group: this.string(o, 'group', path),
      version,
      purl: this.string(o, 'purl', path),
      scope,
      hashes,
      licenses: this.licenses(o, path),
      externalReferences,
      properties: this.properties(o, path),
      at: path,
    }
    if (out) {
      out.push(c)
      const nested = this.array(o, 'components', path)
      if (nested)
        for (let i = 0; i < nested.length; i++) this.component(nested[i], `${path}.components[${i}]`, out)
    }
    return c
  }

  tools(v: unknown, path: string): string[] {
    const label = (o: Json, at: string) =>
      [this.string(o, 'name', at), this.string(o, 'version', at)].filter((s) => s).join(' ')
    const out: string[] = []
    if (Array.isArray(v)) {
      // 1.2 – 1.4, deprecated since: [{vendor, name, version}]
      v.forEach((t, i) => {
        const o = this.object(t, `${path}[${i}]`)
        this.string(o, 'vendor', `${path}[${i}]`)
        out.push(label(o, `${path}[${i}]`))
      })
      return out.filter((s) => s)
    }
    const o = this.object(v, path)
    for (const key of ['components', 'services'])
      (this.array(o, key, path) ?? []).forEach((t, i) => {
        const at = `${path}.${key}[${i}]`
        out.push(label(this.object(t, at), at))
      })
    return out.filter((s) => s)
  }
}

/** A parsed CycloneDX JSON document (bomFormat "CycloneDX") as the graph it describes. */
export function readCycloneDxJson(doc: unknown, file: string): ReadSbom {
  const bom = readBom(doc, file)
  const { graph, subject, tool } = bomToGraph(bom, file)
  return { graph, subject, format: 'cyclonedx-json', specVersion: bom.specVersion, tool }
}

/** The checked document, before it becomes a graph. */
export function readBom(doc: unknown, file: string): CdxBom {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new SbomReadError(file, `not a CycloneDX document: expected an object, not ${kind(doc)}`)
  const top = doc as Json
  if (top.bomFormat !== 'CycloneDX')
    throw new SbomReadError(file, `bomFormat: expected "CycloneDX", not ${JSON.stringify(top.bomFormat)}`)
  const specVersion = top.specVersion
  if (typeof specVersion !== 'string') throw new SbomReadError(file, 'specVersion: missing')
  if (!CDX_VERSIONS.includes(specVersion))
    throw new SbomReadError(
      file,
      `CycloneDX ${specVersion} is not read (lockgraph reads CycloneDX ${CDX_VERSIONS[0]} to ${CDX_VERSIONS.at(-1)})`,
    )
  const r = new Reader(file, specVersion)
  const serial = r.string(top, 'serialNumber', '')
  if (serial !== undefined && !SERIAL_NUMBER.test(serial))
    r.fail('serialNumber', `"${serial}" is not a urn:uuid serial number`)
  if (top.version !== undefined && (!Number.isInteger(top.version) || (top.version as number) < 1))
    r.fail('version', `expected a whole number from 1, not ${JSON.stringify(top.version)}`)

  const bom: CdxBom = {
    specVersion,
    tools: [],
    properties: [],
    components: [],
    dependencies: [],
    compositions: [],
    refPath: (at) => `${at}.bom-ref`,
  }
  if (top.metadata !== undefined) {
    const m = r.object(top.metadata, 'metadata')
    const timestamp = r.string(m, 'timestamp', 'metadata')
    if (timestamp !== undefined) {
      bom.timestamp = parseDateTime(timestamp)
      if (!bom.timestamp) r.fail('metadata.timestamp', `"${timestamp}" is not an RFC 3339 date-time`)
    }
    if (m.tools !== undefined) bom.tools = r.tools(m.tools, 'metadata.tools')
    const authors = r.array(m, 'authors', 'metadata')
    if (authors?.length)
      bom.author = r.string(r.object(authors[0], 'metadata.authors[0]'), 'name', 'metadata.authors[0]')
    if (m.component !== undefined) bom.component = r.component(m.component, 'metadata.component', undefined)
    bom.properties = r.properties(m, 'metadata')
    r.licenses(m, 'metadata')
  }
  const components = r.array(top, 'components', '')
  if (components)
    for (let i = 0; i < components.length; i++) r.component(components[i], `components[${i}]`, bom.components)

  const dependencies = r.array(top, 'dependencies', '')
  if (dependencies)
    for (let i = 0; i < dependencies.length; i++) {
      const d = dependencies[i] as Json
      // The common case checked without building paths; the paths only for a message.
      if (typeof d !== 'object' || d === null || typeof d.ref !== 'string' || !d.ref) {
        const at = `dependencies[${i}]`
        if (r.object(d, at).ref === undefined) r.fail(`${at}.ref`, 'missing')
        r.ref(d.ref, `${at}.ref`)
      }
      const on = (d.dependsOn ?? EMPTY) as string[]
      if (!Array.isArray(on)) r.array(d, 'dependsOn', `dependencies[${i}]`)
      for (let j = 0; j < on.length; j++)
        if (typeof on[j] !== 'string' || !on[j]) r.ref(on[j], `dependencies[${i}].dependsOn[${j}]`)
      bom.dependencies.push({ ref: d.ref as string, dependsOn: on })
    }

  const compositions = r.array(top, 'compositions', '')
  if (compositions)
    for (let i = 0; i < compositions.length; i++) {
      const at = `compositions[${i}]`
      const c = r.object(compositions[i], at)
      const aggregate = r.required(c, 'aggregate', at)
      if (!AGGREGATES.has(aggregate)) r.fail(`${at}.aggregate`, `unknown aggregate "${aggregate}"`)
      const refs: string[] = []
      for (const key of ['assemblies', 'dependencies'])
        (r.array(c, key, at) ?? []).forEach((v, j) => refs.push(r.ref(v, `${at}.${key}[${j}]`)))
      bom.compositions.push({ aggregate, refs })
    }
  return bom
}
