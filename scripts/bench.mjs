// npm run bench: wall time and peak memory of the bundled CLI (dist/cli.js) on real lockfiles.
// Prints figures; it asserts nothing. Usage: node scripts/bench.mjs [--runs N] [--filter TEXT]
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { writeUvLock } from './bench-fixtures.mjs'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const testdata = join(root, '__tests__', 'testdata')
const cli = join(root, 'dist', 'cli.js')
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, filter: { type: 'string' } },
})
const runs = Number(values.runs)
const work = mkdtempSync(join(tmpdir(), 'lockgraph-bench-'))

/** Copies every lockfile folder under testdata/<eco> into `copies` numbered folders: a generated monorepo. */
function monorepo(ecosystems, copies) {
  const dir = join(work, `monorepo-${ecosystems.join('-')}`)
  const sources = []
  for (const eco of ecosystems) {
    const base = join(testdata, eco)
    for (const name of readdirSync(base)) {
      const src = join(base, name)
      if (statSync(src).isDirectory() && name !== 'npm-ls' && name !== 'broken') sources.push(src)
    }
  }
  for (let i = 0; i < copies; i++) {
    const src = sources[i % sources.length]
    cpSync(src, join(dir, `pkg-${String(i).padStart(3, '0')}`), { recursive: true })
  }
  return { path: dir, note: `${copies} folders, copies of ${sources.length} lockfile folders` }
}

const app = (eco, folder) => join(testdata, eco, folder)
const cases = [
  { name: 'npm package-lock v3, 1,127 packages (app-npm11)', path: app('npm', 'app-npm11'), target: 300 },
  { name: 'yarn 1 yarn.lock, 1,105 packages (app-yarn1)', path: app('yarn', 'app-yarn1'), target: 300 },
  { name: 'yarn 4 yarn.lock, 1,124 entries (app-berry4)', path: app('yarn', 'app-berry4'), target: 300 },
  { name: 'pnpm 9 pnpm-lock.yaml, 1,127 packages (app-pnpm9)', path: app('pnpm', 'app-pnpm9'), target: 300 },
  { name: 'bun.lock, 1,198 entries (app-bun1)', path: app('bun', 'app-bun1'), target: 300 },
  { name: 'Cargo.lock v4, 299 crates (alacritty)', path: app('cargo', 'alacritty'), target: 300 },
  { name: 'composer.lock, 24 packages (composer)', path: app('composer', 'composer'), target: 300 },
  {
    name: 'requirements.txt, 37 pins, 416 hashes (sigstore)',
    path: app('python', 'sigstore-python'),
    target: 300,
  },
  {
    name: 'Pipfile.lock, 39 packages (stubattribution-tests)',
    path: app('python', 'stubattribution-tests'),
    target: 300,
  },
  { name: 'uv.lock, 1,100 packages (synthetic)', path: writeUvLock(join(work, 'uv-1100')), target: 300 },
  { name: 'npm monorepo, 200 lockfiles', ...monorepo(['npm'], 200), target: 3000 },
]

// Reads every lockfile under a folder, and JSON-parses the JSON ones: the floor lockgraph cannot go below.
const BASELINE = `
const fs = require('fs'), path = require('path')
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
  const p = path.join(d, e.name)
  if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p) }
  else if (/^(package-lock\\.json|npm-shrinkwrap\\.json|composer\\.lock)$/.test(e.name)) JSON.parse(fs.readFileSync(p, 'utf8'))
  else if (/^(Pipfile\\.lock)$/.test(e.name)) JSON.parse(fs.readFileSync(p, 'utf8'))
  else if (/^(yarn\\.lock|pnpm-lock\\.yaml|bun\\.lock|Cargo\\.lock|uv\\.lock|requirements\\.txt)$/.test(e.name)) fs.readFileSync(p, 'utf8')
} }
walk(process.argv[1])`

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

console.log(
  `lockgraph bench: ${runs} runs each of node dist/cli.js sbom PATH (node ${process.version}, ${process.arch})`,
)
console.log('baseline = node start + read of the same lockfiles (+ JSON.parse of JSON ones), no lockgraph\n')
for (const c of cases) {
  if (values.filter && !c.name.includes(values.filter)) continue
  const out = join(work, 'out.cdx.json')
  const rssFile = join(work, 'rss')
  const walls = []
  const rss = []
  const cpu = []
  let last
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    last = spawnSync(
      process.execPath,
      ['--import', join(root, 'scripts', 'bench-rss.mjs'), cli, 'sbom', c.path, '-o', out, '-q'],
      {
        env: { ...process.env, LOCKGRAPH_BENCH_RSS: rssFile },
        encoding: 'utf8',
      },
    )
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6)
    const usage = JSON.parse(readFileSync(rssFile, 'utf8'))
    rss.push(usage.rss / 1024)
    cpu.push(usage.cpu)
  }
  if (last.status !== 0) console.log(`  exit ${last.status}: ${last.stderr.slice(0, 500)}`)
  const components = JSON.parse(readFileSync(out, 'utf8')).components.length
  const base = []
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    spawnSync(process.execPath, ['-e', BASELINE, c.path])
    base.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  const m = median(walls)
  console.log(`${c.name}${c.note ? ` (${c.note})` : ''}`)
  console.log(
    `  wall median ${m.toFixed(0)} ms, min ${Math.min(...walls).toFixed(0)} ms, max ${Math.max(...walls).toFixed(0)} ms; ` +
      `cpu ${median(cpu).toFixed(0)} ms; baseline ${median(base).toFixed(0)} ms; peak RSS ${median(rss).toFixed(0)} MiB; ${components} components; target <= ${c.target} ms: ${m <= c.target ? 'met' : 'MISSED'}`,
  )
}
rmSync(work, { recursive: true, force: true })

// The in-process benchmarks: SBOM writers and readers, the diff, Maven resolution. Each prints its own figures.
for (const script of ['bench-sbom.mjs', 'bench-diff.mjs', 'bench-maven.mjs']) {
  if (values.filter) break
  const file = join(root, 'scripts', script)
  if (!existsSync(file)) continue
  console.log('')
  spawnSync(process.execPath, [file, '--runs', String(runs)], { stdio: 'inherit' })
}
