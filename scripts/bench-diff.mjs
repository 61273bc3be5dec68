// The dependency diff on synthetic graphs: time of diffGraphs on two 10,000-package graphs, and of rendering a
// 10,000-change diff (markdown for a comment and for the job summary, JSON, text) and checking a policy.
// Prints figures and the targets (diff ≤ 100 ms, markdown ≤ 50 ms); it asserts nothing.
// Usage: node scripts/bench-diff.mjs [--runs N] [--packages N]
//
// The diff is not in dist/ on its own, so this bundles src/ with esbuild (a dev dependency) into
// node_modules/.cache, where the bundle resolves the same node_modules as the sources.
import { build } from 'esbuild'
import { mkdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '9' }, packages: { type: 'string', default: '10000' } },
})
const runs = Number(values.runs)
const size = Number(values.packages)

const outDir = join(root, 'node_modules', '.cache', 'lockgraph-bench-diff')
mkdirSync(outDir, { recursive: true })
const outfile = join(outDir, `bench-${process.pid}.mjs`)
await build({
  absWorkingDir: root,
  stdin: {
    contents: `
      export { diffGraphs } from './src/diff/diff.ts'
      export { renderMarkdownDetailed, COMMENT_LIMIT, SUMMARY_LIMIT } from './src/render/markdown.ts'
      export { diffJson } from './src/render/diff-json.ts'
      export { renderText } from './src/render/diff-text.ts'
      export { evaluatePolicy } from './src/policy/policy.ts'
      export { loadPolicy } from './src/policy/config.ts'
    `,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);",
  },
})
const lg = await import(pathToFileURL(outfile).href)
rmSync(outfile, { force: true })

/** A deterministic pseudo-random sequence (mulberry32), so every run benches the same graphs. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const LICENSES = ['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause', 'BSD-2-Clause', 'MIT OR Apache-2.0', undefined]
const PROJECTS = 10

/**
 * A graph of `n` npm packages in 10 projects (workspaces), each package in one project, 40 direct
 * dependencies per project, about 3 edges per package to packages listed after it.
 * `change(i)` says what head does with package i: keep, upgrade, downgrade, remove, scope (dev → runtime),
 * license; and `extra` new packages are added to each project under its first direct dependency.
 */
function makeGraph(n, change = () => 'keep', extra = 0) {
  const rnd = random(42)
  const packages = new Map()
  const projects = new Map()
  const edges = new Map()
  const edge = (from, to, scope) => {
    let out = edges.get(from)
    if (!out) edges.set(from, (out = new Map()))
    out.set(to, scope)
  }
  const members = Array.from({ length: PROJECTS }, () => [])
  for (let p = 0; p < PROJECTS; p++) {
    const manifest = `packages/app-${p}/package.json`
    projects.set(`project:${manifest}`, {
      ref: `project:${manifest}`,
      ecosystem: 'npm',
      name: `app-${p}`,
      manifest,
      dir: `packages/app-${p}`,
      files: ['package-lock.json'],
      complete: true,
      platform: [],
    })
  }
  for (let i = 0; i < n; i++) {
    const what = change(i)
    const major = 1 + (i % 7)
    let version = `${major}.${i % 13}.${i % 5}`
    if (what === 'upgrade') version = `${major + 1}.0.0`
    if (what === 'downgrade') version = `${major}.${i % 13}.${i % 5}-rc.1`
    const license = what === 'license' ? 'GPL-3.0-only' : LICENSES[i % LICENSES.length]
    const p = i % PROJECTS
    const name = i % 3 === 0 ? `@scope-${i % 50}/pkg-${i}` : `pkg-${i}`
    const purl = `pkg:npm/${name.replace('@', '%40')}@${version}`
    if (what === 'remove') {
      rnd()
      continue
    }
    packages.set(purl, {
      ref: purl,
      purl,
      ecosystem: 'npm',
      name,
      version,
      scope: 'runtime',
      direct: false,
      hashes: [{ alg: 'SHA-512', value: (i * 2654435761).toString(16).padStart(128, '0') }],
      resolved: `https://registry.npmjs.org/${name}/-/${name.replace(/^@[^/]+\//, '')}-${version}.tgz`,
      source: 'registry',
      license,
      aliases: [],
      files: ['package-lock.json'],
      projects: [],
      devScope: i % 4 === 0 && what !== 'scope' ? 'dev' : 'runtime',
      rank: rnd(),
    })
    members[p].push(purl)
  }
  for (let p = 0; p < PROJECTS; p++) {
    const list = members[p]
    const projectRef = `project:packages/app-${p}/package.json`
    for (let k = 0; k < extra; k++) {
      const name = `new-${p}-${k}`
      const purl = `pkg:npm/${name}@1.0.0`
      packages.set(purl, {
        ...packages.get(list[0]),
        ref: purl,
        purl,
        name,
        version: '1.0.0',
        license: 'MIT',
        resolved: undefined,
        projects: [],
        devScope: 'runtime',
      })
      edge(list[k % 5] ?? list[0], purl, 'runtime')
    }
    list.forEach((ref, j) => {
      const pkg = packages.get(ref)
      if (j < 40) {
        pkg.direct = true
        edge(projectRef, ref, pkg.devScope)
      }
      for (let e = 1; e <= 3; e++) {
        const to = list[j + Math.ceil(pkg.rank * 40) * e]
        if (to) edge(ref, to, 'runtime')
      }
    })
    for (const ref of [...list, ...Array.from({ length: extra }, (_, k) => `pkg:npm/new-${p}-${k}@1.0.0`)])
      packages.get(ref).projects.push(projectRef)
  }
  for (const pkg of packages.values()) {
    pkg.scope = pkg.devScope
    delete pkg.devScope
    delete pkg.rank
  }
  return { packages, projects, edges, files: [], issues: [] }
}

function time(fn) {
  const times = []
  let result
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    result = fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { result, median: times[Math.floor(times.length / 2)], max: times[times.length - 1] }
}

const { performance } = globalThis
const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`
const row = (name, t, target) =>
  console.log(
    `${name.padEnd(58)} median ${fmt(t.median)}  max ${fmt(t.max)}${target ? `   target ≤ ${target} ms ${t.median <= target ? 'ok' : 'OVER'}` : ''}`,
  )

console.log(
  `lockgraph diff bench: ${runs} runs each, median and max (node ${process.version}, ${process.arch})\n`,
)

// About 10 % of the packages changed in head.
const typical = (i) =>
  i % 50 === 1
    ? 'upgrade'
    : i % 97 === 2
      ? 'downgrade'
      : i % 61 === 3
        ? 'remove'
        : i % 89 === 4
          ? 'scope'
          : i % 113 === 5
            ? 'license'
            : 'keep'
const base = makeGraph(size)
const head = makeGraph(size, typical, 20)

// 0. What the machine does meanwhile: the floor of any diff, two Map passes over both graphs' packages.
const floor = time(() => {
  let n = 0
  for (const g of [base, head]) {
    const m = new Map()
    for (const p of g.packages.values()) m.set(p.ref, p)
    for (const p of g.packages.values()) if (m.get(p.ref) === p) n++
  }
  return n
})
row(`baseline: two Map passes over 2 × ${size.toLocaleString('en-US')} packages (no lockgraph)`, floor)

// 1. Diff of two 10,000-package graphs.
const d1 = time(() => lg.diffGraphs(base, head))
const c1 = d1.result.counts
row(
  `diffGraphs, 2 × ${size.toLocaleString('en-US')} packages (${Object.values(c1)
    .slice(0, 6)
    .reduce((a, b) => a + b, 0)} changes)`,
  d1,
  100,
)
console.log(`  counts: ${JSON.stringify(c1)}`)

// 2. A diff where every package changed: 10,000 upgrades.
const all = makeGraph(size, () => 'upgrade')
const d2 = time(() => lg.diffGraphs(base, all))
row(`diffGraphs, 2 × ${size.toLocaleString('en-US')} packages, every package upgraded`, d2, 100)
const big = d2.result
const changes = Object.values(big.counts)
  .slice(0, 6)
  .reduce((a, b) => a + b, 0)

const policy = lg.loadPolicy(
  'fail-on: [license, denied-package, downgrade]\nlicense:\n  deny: [GPL-3.0-only]\ndenied-packages:\n  - pkg:npm/pkg-1*@>=2\n',
)
const p1 = time(() => lg.evaluatePolicy(big, policy))
row(`evaluatePolicy, ${changes.toLocaleString('en-US')} changes (${p1.result.length} violations)`, p1)
const marker = '<!-- lockgraph:comment-id -->'
const runUrl = 'https://github.com/o/r/actions/runs/1'
const m1 = time(() =>
  lg.renderMarkdownDetailed(big, { marker, runUrl, violations: p1.result, maxLength: lg.COMMENT_LIMIT }),
)
row(
  `renderMarkdown comment, ${changes.toLocaleString('en-US')} changes → ${m1.result.stage}, ${m1.result.bytes} B`,
  m1,
  50,
)
const m2 = time(() =>
  lg.renderMarkdownDetailed(big, { marker, runUrl, violations: p1.result, maxLength: lg.SUMMARY_LIMIT }),
)
row(
  `renderMarkdown summary, ${changes.toLocaleString('en-US')} changes → ${m2.result.stage}, ${m2.result.bytes} B`,
  m2,
  50,
)
const m3 = time(() => lg.renderMarkdownDetailed(d1.result, { marker, runUrl, maxLength: lg.COMMENT_LIMIT }))
row(`renderMarkdown comment, typical diff → ${m3.result.stage}, ${m3.result.bytes} B`, m3, 50)
const j1 = time(() => JSON.stringify(lg.diffJson(big, p1.result)))
row(
  `diffJson + JSON.stringify, ${changes.toLocaleString('en-US')} changes (${(j1.result.length / 1e6).toFixed(1)} MB)`,
  j1,
)
const t1 = time(() => lg.renderText(big, p1.result))
row(`renderText, ${changes.toLocaleString('en-US')} changes`, t1)
