// write → read → write gives the same bytes, for every CycloneDX format and spec version lockgraph writes
// (taken from SBOM_FORMATS, so versions and formats added there are covered), and reading gives the graph back.
import { join } from 'node:path'
import type { Graph } from '../../src/graph/graph.js'
import { scan } from '../../src/scan.js'
import { SBOM_FORMATS } from '../../src/sbom/formats.js'
import { readCycloneDxJson } from '../../src/sbom/read/cyclonedx-json.js'
import { readCycloneDxXml } from '../../src/sbom/read/cyclonedx-xml.js'
import type { ReadSbom } from '../../src/sbom/read/types.js'
import type { Subject } from '../../src/sbom/subject.js'
import { VERSION } from '../../src/version.js'
import { TESTDATA } from '../helpers/parse.js'

const SUBJECT: Subject = {
  name: 'acme/multi',
  author: 'acme',
  version: '0123456789abcdef0123456789abcdef01234567',
  timestamp: new Date('2024-01-02T03:04:05Z'),
}

function read(text: string, formatId: string, specVersion: string): ReadSbom {
  return formatId === 'cyclonedx-xml'
    ? readCycloneDxXml(text, 'sbom.cdx.xml', specVersion)
    : readCycloneDxJson(JSON.parse(text), 'sbom.cdx.json')
}

const sorted = (list: readonly string[]) => [...list].sort()

/** The graph with every list sorted and edges as plain objects: equal when the graphs hold the same. */
function comparable(graph: Graph) {
  return {
    packages: [...graph.packages.values()]
      .map((p) => ({
        ...p,
        hashes: [...p.hashes].sort((a, b) => (a.alg + a.value < b.alg + b.value ? -1 : 1)),
        aliases: sorted(p.aliases),
        files: sorted(p.files),
        projects: sorted(p.projects),
      }))
      .sort((a, b) => (a.ref < b.ref ? -1 : 1)),
    projects: [...graph.projects.values()]
      .map((p) => ({ ...p, files: sorted(p.files) }))
      .sort((a, b) => (a.ref < b.ref ? -1 : 1)),
    edges: sorted([...graph.edges].flatMap(([from, tos]) => [...tos.keys()].map((to) => `${from} -> ${to}`))),
  }
}

const cases = SBOM_FORMATS.filter((f) => f.id.startsWith('cyclonedx')).flatMap((f) =>
  f.specVersions.map((specVersion) => ({ format: f, specVersion })),
)

describe('CycloneDX write → read → write, multi-ecosystem repository', () => {
  let graph: Graph

  beforeAll(async () => {
    ;({ graph } = await scan(join(TESTDATA, 'sbom', 'multi')))
  })

  test('every CycloneDX format lockgraph writes is covered', () => {
    expect(cases.map((c) => c.format.id)).toContain('cyclonedx-json')
    expect(cases.length).toBeGreaterThanOrEqual(4)
  })

  test.each(cases.map((c) => [c.format.id, c.specVersion, c] as const))(
    '%s %s: byte-identical, and the same graph',
    async (id, specVersion, { format }) => {
      const write = await format.load()
      const text = write(graph, SUBJECT, { specVersion })
      const back = read(text, id, specVersion)
      expect(write(back.graph, back.subject, { specVersion })).toBe(text)

      expect(back.format).toBe(id)
      expect(back.specVersion).toBe(specVersion)
      expect(back.tool).toBe(`lockgraph ${VERSION}`)
      expect(back.subject).toEqual(SUBJECT)
      expect(comparable(back.graph)).toEqual(comparable(graph))
      // An edge carries no scope in CycloneDX: it takes its target's.
      for (const [, tos] of back.graph.edges)
        for (const [to, scope] of tos) expect(scope).toBe(back.graph.packages.get(to)?.scope ?? 'runtime')
      expect(
        back.graph.files.map(({ path, ecosystem, ok, packages, projects, complete }) => ({
          path,
          ecosystem,
          ok,
          packages,
          projects,
          complete,
        })),
      ).toEqual(
        [...graph.files]
          .sort((a, b) => (a.path < b.path ? -1 : 1))
          .map(({ path, ecosystem, ok, packages, projects, complete }) => ({
            path,
            ecosystem,
            ok,
            packages,
            projects,
            complete,
          })),
      )
      expect(back.graph.issues).toEqual([
        {
          file: 'broken/package-lock.json',
          severity: 'error',
          message: graph.issues.find((i) => i.file === 'broken/package-lock.json')!.message,
        },
      ])
    },
  )
})
