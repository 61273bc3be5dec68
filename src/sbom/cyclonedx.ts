// CycloneDX 1.4–1.7, JSON and XML, from the graph. What each spec version can carry comes from
// @cyclonedx/cyclonedx-library's spec data (SpecVersionDict); the text is written here, directly, because the
// library's model + normalizer + xmlbuilder2 take seconds for 10,000 components (tests compare the two).
import { createHash } from 'node:crypto'
import { isSupportedSpdxId } from '@cyclonedx/cyclonedx-library/SPDX'
import { SpecVersionDict, type Version } from '@cyclonedx/cyclonedx-library/Spec'
import type { Graph } from '../graph/graph.js'
import { VERSION } from '../version.js'
import { cdxContent, ROOT_REF, TOOL_REF, type CdxComponent, type CdxContent } from './cyclonedx-model.js'
import type { SbomWriter, WriteOptions } from './formats.js'
import type { License } from './licenses.js'
import { PROPERTY } from './properties.js'
import type { Subject } from './subject.js'

export const CYCLONEDX_VERSIONS = ['1.4', '1.5', '1.6', '1.7'] as const
export const DEFAULT_CYCLONEDX_VERSION = '1.6'

/** What lockgraph writes that not every spec version has. */
interface Capabilities {
  version: string
  lifecycles: boolean
  /** tools as {components: [...]} (1.5+) rather than the legacy [{name, version}] list. */
  toolComponents: boolean
  requiresVersion: boolean
  hash: (alg: string) => boolean
  reference: (type: string) => boolean
}

function capabilities(version: string): Capabilities {
  const spec = SpecVersionDict[version as Version]
  if (!spec || !(CYCLONEDX_VERSIONS as readonly string[]).includes(version))
    throw new Error(`CycloneDX spec version ${version} is not written (${CYCLONEDX_VERSIONS.join(', ')})`)
  return {
    version,
    lifecycles: spec.supportsMetadataLifecycles,
    toolComponents: spec.supportsToolsComponentsServices,
    requiresVersion: spec.requiresComponentVersion,
    hash: (alg) => spec.supportsHashAlgorithm(alg),
    reference: (type) => spec.supportsExternalReferenceType(type),
  }
}

/** A placeholder serial number, replaced by one derived from the rest of the document. */
const SERIAL_PLACEHOLDER = 'urn:uuid:00000000-0000-5000-8000-000000000000'
const TIMESTAMP_PLACEHOLDER = '1970-01-01T00:00:00Z'

/** A name-based (version 5 style) UUID from a SHA-256 of the content. */
export function contentUuid(content: string): string {
  const hex = createHash('sha256').update(content).digest('hex')
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** ISO 8601 in seconds, as SBOM tools write it. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * The serial number is derived from the content (everything but the serial number and the timestamp), so the
 * same lockfiles give the same serial number whenever they are scanned; SOURCE_DATE_EPOCH fixes the timestamp.
 */
function finish(text: string, subject: Subject): string {
  return text
    .replace(SERIAL_PLACEHOLDER, `urn:uuid:${contentUuid(text)}`)
    .replace(TIMESTAMP_PLACEHOLDER, isoSeconds(subject.timestamp))
}

/** metadata.properties: known unknowns, then unread lockfiles (property name order). */
function metadataProperties(content: CdxContent): Array<[string, string]> {
  return [
    ...content.unknowns.map((u): [string, string] => [PROPERTY.unknown, u]),
    ...content.unreadFiles.map((u): [string, string] => [PROPERTY.unreadFile, u]),
  ]
}

/** metadata.component: the repository. */
function subjectComponent(subject: Subject): CdxComponent {
  return {
    type: 'application',
    bomRef: ROOT_REF,
    name: subject.name,
    version: subject.version,
    hashes: [],
    externalReferences: [],
    properties: [],
  }
}

/**
 * A license as CycloneDX holds it: an id only from the schema's own list (a newer SPDX id, or a LicenseRef,
 * goes into an expression, which takes any), a name for what is not SPDX.
 */
function cdxLicense(l: License): { id: string } | { name: string } | { expression: string } {
  if ('id' in l) return isSupportedSpdxId(l.id) ? { id: l.id } : { expression: l.id }
  return l
}

// ---- JSON ----
// Plain objects with keys in the schema's order, then one JSON.stringify: faster than building the text by hand.

type Json = Record<string, unknown>

const jsonProperties = (props: Array<[string, string]>): Json[] =>
  props.map(([name, value]) => ({ name, value }))

function jsonLicense(license: License): Json[] {
  const l = cdxLicense(license)
  return ['expression' in l ? l : { license: l }]
}

function jsonComponent(c: CdxComponent, caps: Capabilities): Json {
  const out: Json = { type: c.type, name: c.name }
  if (c.group) out.group = c.group
  if (c.version || caps.requiresVersion) out.version = c.version ?? ''
  out['bom-ref'] = c.bomRef
  if (c.scope) out.scope = c.scope
  const hashes = c.hashes.filter(([alg]) => caps.hash(alg))
  if (hashes.length) out.hashes = hashes.map(([alg, content]) => ({ alg, content }))
  if (c.license) out.licenses = jsonLicense(c.license)
  if (c.purl) out.purl = c.purl
  const refs = c.externalReferences.filter((r) => caps.reference(r.type))
  if (refs.length) out.externalReferences = refs.map((r) => ({ url: r.url, type: r.type }))
  if (c.properties.length) out.properties = jsonProperties(c.properties)
  return out
}

export function writeCycloneDxJsonVersion(
  graph: Graph,
  subject: Subject,
  version: string,
  shared?: Map<string, unknown>,
): string {
  const caps = capabilities(version)
  const content = cdxContent(graph, shared)
  const metadata: Json = { timestamp: TIMESTAMP_PLACEHOLDER }
  if (caps.lifecycles) metadata.lifecycles = [{ phase: 'pre-build' }]
  metadata.tools = caps.toolComponents
    ? { components: [{ type: 'application', name: 'lockgraph', version: VERSION, 'bom-ref': TOOL_REF }] }
    : [{ name: 'lockgraph', version: VERSION }]
  if (subject.author) metadata.authors = [{ name: subject.author }]
  metadata.component = jsonComponent(subjectComponent(subject), caps)
  const properties = metadataProperties(content)
  if (properties.length) metadata.properties = jsonProperties(properties)
  const dependencies: Json[] = [{ ref: ROOT_REF, dependsOn: content.rootDependsOn }]
  for (const [ref, dependsOn] of content.dependsOn)
    dependencies.push(dependsOn.length ? { ref, dependsOn } : { ref })
  const bom = {
    $schema: `http://cyclonedx.org/schema/bom-${version}.schema.json`,
    bomFormat: 'CycloneDX',
    specVersion: version,
    version: 1,
    serialNumber: SERIAL_PLACEHOLDER,
    metadata,
    components: content.components.map((c) => jsonComponent(c, caps)),
    dependencies,
    compositions: content.compositions.map((c) => ({ aggregate: c.aggregate, dependencies: c.refs })),
  }
  return finish(JSON.stringify(bom) + '\n', subject)
}

/** CycloneDX JSON; 1.6 unless options.specVersion says otherwise. Compact, like syft's; `jq .` indents it. */
export const writeCycloneDxJson: SbomWriter = (graph, subject, options?: WriteOptions) =>
  writeCycloneDxJsonVersion(
    graph,
    subject,
    options?.specVersion ?? DEFAULT_CYCLONEDX_VERSION,
    options?.shared,
  )

// ---- XML ----

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * Text and attribute values. Tabs and line breaks become spaces, as the XSD's normalizedString types read them
 * anyway (and as the library writes them). Characters XML 1.0 cannot hold at all (most control characters, lone surrogates)
 * become U+FFFD: they cannot come from a lockfile that means them, and a document with them does not parse.
 */
export function xmlEscape(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/.test(text)
    ? text.replace(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        '\ufffd',
      )
    : text
  const flat = /[\t\n\r]/.test(clean) ? clean.replace(/[\t\n\r]/g, ' ') : clean
  return /[&<>"]/.test(flat) ? flat.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]) : flat
}

const x = xmlEscape

function xmlProperties(props: Array<[string, string]>): string {
  return `<properties>${props.map(([n, v]) => `<property name="${x(n)}">${x(v)}</property>`).join('')}</properties>`
}

function xmlLicense(license: License): string {
  const l = cdxLicense(license)
  if ('id' in l) return `<licenses><license><id>${x(l.id)}</id></license></licenses>`
  if ('name' in l) return `<licenses><license><name>${x(l.name)}</name></license></licenses>`
  return `<licenses><expression>${x(l.expression)}</expression></licenses>`
}

function xmlComponent(c: CdxComponent, caps: Capabilities): string {
  const parts = [`<component type="${c.type}" bom-ref="${x(c.bomRef)}">`]
  if (c.group) parts.push(`<group>${x(c.group)}</group>`)
  parts.push(`<name>${x(c.name)}</name>`)
  // Where the spec requires a version, an empty one says "none", as the library writes it.
  if (c.version || caps.requiresVersion) parts.push(`<version>${x(c.version ?? '')}</version>`)
  if (c.scope) parts.push(`<scope>${c.scope}</scope>`)
  const hashes = c.hashes.filter(([alg]) => caps.hash(alg))
  if (hashes.length)
    parts.push(`<hashes>${hashes.map(([alg, v]) => `<hash alg="${alg}">${x(v)}</hash>`).join('')}</hashes>`)
  if (c.license) parts.push(xmlLicense(c.license))
  if (c.purl) parts.push(`<purl>${x(c.purl)}</purl>`)
  const refs = c.externalReferences.filter((r) => caps.reference(r.type))
  if (refs.length)
    parts.push(
      `<externalReferences>${refs.map((r) => `<reference type="${r.type}"><url>${x(r.url)}</url></reference>`).join('')}</externalReferences>`,
    )
  if (c.properties.length) parts.push(xmlProperties(c.properties))
  parts.push('</component>')
  return parts.join('')
}

function xmlDependency(ref: string, tos: string[]): string {
  if (!tos.length) return `<dependency ref="${x(ref)}"/>`
  return `<dependency ref="${x(ref)}">${tos.map((to) => `<dependency ref="${x(to)}"/>`).join('')}</dependency>`
}

export function writeCycloneDxXmlVersion(
  graph: Graph,
  subject: Subject,
  version: string,
  shared?: Map<string, unknown>,
): string {
  const caps = capabilities(version)
  const content = cdxContent(graph, shared)
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/${version}" serialNumber="${SERIAL_PLACEHOLDER}" version="1">`,
    `<metadata><timestamp>${TIMESTAMP_PLACEHOLDER}</timestamp>`,
  ]
  if (caps.lifecycles) out.push('<lifecycles><lifecycle><phase>pre-build</phase></lifecycle></lifecycles>')
  out.push(
    caps.toolComponents
      ? `<tools><components><component type="application" bom-ref="${TOOL_REF}"><name>lockgraph</name><version>${x(VERSION)}</version></component></components></tools>`
      : `<tools><tool><name>lockgraph</name><version>${x(VERSION)}</version></tool></tools>`,
  )
  if (subject.author) out.push(`<authors><author><name>${x(subject.author)}</name></author></authors>`)
  out.push(xmlComponent(subjectComponent(subject), caps))
  const properties = metadataProperties(content)
  if (properties.length) out.push(xmlProperties(properties))
  out.push('</metadata><components>')
  for (const c of content.components) out.push(xmlComponent(c, caps))
  out.push('</components><dependencies>', xmlDependency(ROOT_REF, content.rootDependsOn))
  for (const [ref, tos] of content.dependsOn) out.push(xmlDependency(ref, tos))
  out.push('</dependencies><compositions>')
  for (const c of content.compositions)
    out.push(
      `<composition><aggregate>${c.aggregate}</aggregate><dependencies>${c.refs.map((r) => `<dependency ref="${x(r)}"/>`).join('')}</dependencies></composition>`,
    )
  out.push('</compositions></bom>\n')
  return finish(out.join(''), subject)
}

/** CycloneDX XML; 1.6 unless options.specVersion says otherwise. */
export const writeCycloneDxXml: SbomWriter = (graph, subject, options?: WriteOptions) =>
  writeCycloneDxXmlVersion(graph, subject, options?.specVersion ?? DEFAULT_CYCLONEDX_VERSION, options?.shared)
