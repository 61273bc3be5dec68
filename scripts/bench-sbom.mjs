// SBOM writers and readers at 10,000 components: every format lockgraph writes, and reading a CycloneDX JSON
// file back. Prints figures; asserts nothing. Usage: node scripts/bench-sbom.mjs [--runs N] [--packages N]
import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, packages: { type: 'string', default: '10000' } },
})
const runs = Number(values.runs)
const size = Number(values.packages)

// The source, bundled as the CLI bundles it (same code, same optimizations), into a temporary module.
const work = mkdtempSync(join(tmpdir(), 'lockgraph-bench-sbom-'))
const entry = join(work, 'entry.ts')
writeFileSync(
  entry,
  `export { emptyGraph } from ${JSON.stringify(join(root, 'src/graph/graph.ts'))}
export { SBOM_FORMATS } from ${JSON.stringify(join(root, 'src/sbom/formats.ts'))}
export { renderSboms, resolveRequests } from ${JSON.stringify(join(root, 'src/sbom/write.ts'))}
export { readSbom } from ${JSON.stringify(join(root, 'src/sbom/read/index.ts'))}
`,
)
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(work, 'entry.mjs'),
  banner: { js: "import{createRequire as cR}from'module';const require=cR(import.meta.url);" },
  logLevel: 'error',
})
const lg = await import(join(work, 'entry.mjs'))

/** A graph like a big monorepo's: `size` npm packages, 3 edges each, licenses, sha512 hashes, 20 projects. */
function syntheticGraph() {
  const g = lg.emptyGraph()
  const refs = []
  for (let i = 0; i < size; i++) {
    const name = i % 10 ? `pkg-${i}` : `@scope-${i % 97}/pkg-${i}`
    const version = `${i % 5}.${i % 7}.${i % 13}`
    const purl = `pkg:npm/${name.replace('@', '%40')}@${version}`
    refs.push(purl)
    g.packages.set(purl, {
      ref: purl,
      purl,
      ecosystem: 'npm',
      name,
      version,
      scope: i % 3 ? 'runtime' : 'dev',
      direct: i % 100 === 0,
      hashes: [{ alg: 'SHA-512', value: (i.toString(16).padStart(8, '0') + 'ab').repeat(13).slice(0, 128) }],
      resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`,
      source: 'registry',
      license: ['MIT', 'ISC', 'Apache-2.0', '(MIT OR Apache-2.0)', 'BSD-3-Clause', 'SEE LICENSE IN LICENSE'][
        i % 6
      ],
      aliases: [],
      files: [`packages/app-${i % 20}/package-lock.json`],
      projects: [`project:packages/app-${i % 20}/package.json`],
    })
  }
  for (let p = 0; p < 20; p++) {
    const ref = `project:packages/app-${p}/package.json`
    g.projects.set(ref, {
      ref,
      ecosystem: 'npm',
      name: `app-${p}`,
      version: '1.0.0',
      manifest: `packages/app-${p}/package.json`,
      dir: `packages/app-${p}`,
      files: [`packages/app-${p}/package-lock.json`],
      complete: true,
      platform: [],
    })
    const direct = new Map()
    for (let i = p * 100; i < size; i += 2000) direct.set(refs[i], 'runtime')
    g.edges.set(ref, direct)
  }
  for (let i = 0; i < size; i++) {
    const out = new Map()
    for (let k = 1; k <= 3; k++) out.set(refs[(i * 7 + k * 131) % size], i % 3 ? 'runtime' : 'dev')
    g.edges.set(refs[i], out)
  }
  return g
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

async function measure(fn) {
  const walls = []
  const cpus = []
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    await fn()
    walls.push(performance.now() - t0)
    const cpu = process.cpuUsage(cpu0)
    cpus.push((cpu.user + cpu.system) / 1000)
  }
  return { wall: median(walls), min: Math.min(...walls), cpu: median(cpus) }
}

const subject = { name: 'acme/bench', author: 'acme', version: 'f'.repeat(40), timestamp: new Date(0) }
const requests = lg.resolveRequests(lg.SBOM_FORMATS.map((f) => f.id))
const line = (name, m, target, extra = '') =>
  console.log(
    `${name}\n  wall median ${m.wall.toFixed(0)} ms, min ${m.min.toFixed(0)} ms; cpu ${m.cpu.toFixed(0)} ms${extra}; target <= ${target} ms: ${m.wall <= target ? 'met' : 'MISSED'}`,
  )

console.log(`lockgraph bench-sbom: ${runs} runs each, ${size} packages (node ${process.version})\n`)
let outputs
const graph = syntheticGraph()
const all = await measure(async () => {
  outputs = await lg.renderSboms(graph, subject, requests)
})
line(
  `write ${requests.map((r) => r.format.id).join(' + ')}`,
  all,
  500,
  `; sizes ${outputs.map((o) => `${o.request.format.id} ${(o.text.length / 1e6).toFixed(1)} MB`).join(', ')}`,
)
for (const request of requests) {
  const m = await measure(async () => lg.renderSboms(graph, subject, [request]))
  console.log(
    `  ${request.format.id} ${request.specVersion} alone: wall median ${m.wall.toFixed(0)} ms, cpu ${m.cpu.toFixed(0)} ms`,
  )
}
const cdx = outputs.find((o) => o.request.format.id === 'cyclonedx-json').text
let read
const reading = await measure(async () => {
  read = lg.readSbom(cdx, 'bench.cdx.json')
})
line(
  `read CycloneDX JSON, ${(cdx.length / 1e6).toFixed(1)} MB, ${read.graph.packages.size} packages (JSON.parse included)`,
  reading,
  300,
)
const xml = outputs.find((o) => o.request.format.id === 'cyclonedx-xml')?.text
if (xml) {
  const m = await measure(async () => lg.readSbom(xml, 'bench.cdx.xml'))
  console.log(
    `  read CycloneDX XML, ${(xml.length / 1e6).toFixed(1)} MB: wall median ${m.wall.toFixed(0)} ms, cpu ${m.cpu.toFixed(0)} ms`,
  )
}
rmSync(work, { recursive: true, force: true })
