// Maven resolution figures: wall time and HTTP requests of resolving
//   1. the ground-truth project (__tests__/testdata/maven/service-offline-m2: 46 artifacts, 79 POMs),
//   2. a generated 50-module build over the same repository,
// each cold (every POM over HTTP), from the on-disk cache (a later run), and again in the same run (in-run
// cache). The repository is __tests__/testdata/maven/repository served by a local node:http server.
// Prints figures; asserts nothing. Usage: node scripts/bench-maven.mjs [--runs N]
import { build } from 'esbuild'
import { createServer } from 'node:http'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, normalize } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const testdata = join(root, '__tests__', 'testdata', 'maven')
const repository = join(testdata, 'repository')
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } })
const runs = Number(values.runs)
const work = mkdtempSync(join(tmpdir(), 'lockgraph-bench-maven-'))

// The resolver from the sources, bundled once (dist/ holds only the CLI and the action).
const entry = join(work, 'entry.ts')
writeFileSync(
  entry,
  `export { MavenResolver } from ${JSON.stringify(join(root, 'src/maven/resolve.ts'))}
export { diskSource } from ${JSON.stringify(join(root, 'src/scan.ts'))}
`,
)
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(work, 'maven.mjs'),
  logLevel: 'error',
})
const { MavenResolver, diskSource } = await import(pathToFileURL(join(work, 'maven.mjs')).href)

let requests = 0
const server = createServer((req, res) => {
  requests++
  const file = normalize(join(repository, decodeURIComponent(req.url.split('?')[0])))
  if (file.startsWith(repository) && existsSync(file) && statSync(file).isFile()) res.end(readFileSync(file))
  else {
    res.statusCode = 404
    res.end()
  }
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${server.address().port}`

/** A build of `count` modules: chains of five modules depending on each other, each with two libraries. */
function generate(count) {
  const dir = join(work, `modules-${count}`)
  const libraries = JSON.parse(
    readFileSync(join(testdata, 'service-offline-m2', 'dependency-tree.json'), 'utf8'),
  ).children.map((c) => c)
  const dep = (g, a, v, scope) =>
    `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v ? `<version>${v}</version>` : ''}${scope ? `<scope>${scope}</scope>` : ''}</dependency>`
  const names = Array.from({ length: count }, (_, i) => `module-${String(i + 1).padStart(2, '0')}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'pom.xml'),
    `<project><modelVersion>4.0.0</modelVersion><groupId>bench</groupId><artifactId>parent</artifactId><version>1.0</version><packaging>pom</packaging>
<modules>${names.map((n) => `<module>${n}</module>`).join('')}</modules>
<dependencyManagement><dependencies>${dep('com.fasterxml.jackson', 'jackson-bom', '2.17.2').replace(
      '</version>',
      '</version><type>pom</type><scope>import</scope>',
    )}${dep('org.junit', 'junit-bom', '5.11.4').replace('</version>', '</version><type>pom</type><scope>import</scope>')}</dependencies></dependencyManagement>
<dependencies>${dep('org.slf4j', 'slf4j-api', '2.0.16')}${dep('org.junit.jupiter', 'junit-jupiter', '', 'test')}</dependencies>
</project>`,
  )
  names.forEach((name, i) => {
    mkdirSync(join(dir, name))
    const libs = [libraries[(2 * i) % libraries.length], libraries[(2 * i + 1) % libraries.length]]
      .filter((l) => l.scope !== 'test')
      .map((l) => dep(l.groupId, l.artifactId, l.version, l.scope === 'compile' ? '' : l.scope))
    const sibling = i % 5 ? dep('bench', names[i - 1], '1.0') : ''
    writeFileSync(
      join(dir, name, 'pom.xml'),
      `<project><modelVersion>4.0.0</modelVersion><parent><groupId>bench</groupId><artifactId>parent</artifactId><version>1.0</version></parent>
<artifactId>${name}</artifactId><dependencies>${sibling}${libs.join('')}</dependencies></project>`,
    )
  })
  return dir
}

async function resolveOnce(dir, resolver) {
  const started = performance.now()
  const before = requests
  const result = await resolver.resolve({
    path: 'pom.xml',
    text: readFileSync(join(dir, 'pom.xml'), 'utf8'),
    files: diskSource(dir),
  })
  return { ms: performance.now() - started, requests: requests - before, result }
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]

const cases = [
  {
    name: 'ground truth: service-offline-m2, 46 artifacts',
    dir: join(testdata, 'service-offline-m2'),
    target: 500,
  },
  { name: 'generated: 50 modules', dir: generate(50), target: 2000 },
]
console.log(
  `${'case'.padEnd(46)} ${'cold ms'.padStart(8)} ${'disk ms'.padStart(8)} ${'in-run ms'.padStart(9)}  requests (cold / disk / in-run)  packages`,
)
for (const c of cases) {
  const cold = []
  const disk = []
  const inRun = []
  let counts
  let packages
  for (let i = 0; i < runs; i++) {
    const cacheDir = join(work, `cache-${c.dir.length}-${i}`)
    const first = new MavenResolver({ repositories: [`mirror=${url}`], cacheDir })
    const a = await resolveOnce(c.dir, first)
    const b = await resolveOnce(c.dir, first) // the same run: every POM already in memory
    const later = new MavenResolver({ repositories: [`mirror=${url}`], cacheDir })
    const d = await resolveOnce(c.dir, later) // a later run: from the disk cache
    cold.push(a.ms)
    inRun.push(b.ms)
    disk.push(d.ms)
    counts = `${a.requests} / ${d.requests} / ${b.requests} (${first.stats().poms} POMs, each once)`
    packages = a.result.packages.length
    rmSync(cacheDir, { recursive: true, force: true })
  }
  const flag = median(disk) <= c.target ? '' : `  (over ${c.target} ms)`
  console.log(
    `${c.name.padEnd(46)} ${median(cold).toFixed(0).padStart(8)} ${median(disk).toFixed(0).padStart(8)} ${median(inRun).toFixed(0).padStart(9)}  ${counts.padEnd(32)} ${packages}${flag}`,
  )
}
server.close()
rmSync(work, { recursive: true, force: true })
