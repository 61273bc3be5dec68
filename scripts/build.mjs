// Builds the two committed, self-contained bundles: dist/index.js (the action) and dist/cli.js (the CLI),
// and dist/licenses.txt with the licenses of the third-party code bundled into them.
import { build } from 'esbuild'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const dist = join(root, 'dist')
rmSync(dist, { recursive: true, force: true })
mkdirSync(dist)

// Optional plug-ins of @cyclonedx/cyclonedx-library, which it probes with require() inside try/catch when it
// loads. The JSON writer needs none of them; resolving them to a module that throws keeps the probe from
// searching the disk for node_modules (about 30 ms at every start).
const OPTIONAL = ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019']
const notBundled = {
  name: 'not-bundled',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${OPTIONAL.join('|')})$`) }, (args) => ({
      path: args.path,
      namespace: 'not-bundled',
    }))
    b.onLoad({ filter: /.*/, namespace: 'not-bundled' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not bundled into lockgraph`)})`,
      loader: 'js',
    }))
  },
}

const result = await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: false,
  minifySyntax: true,
  legalComments: 'none',
  metafile: true,
  plugins: [notBundled],
  logLevel: 'warning',
  define: { __LOCKGRAPH_VERSION__: JSON.stringify(pkg.version) },
  // Some bundled CommonJS code calls require() for Node built-ins.
  banner: {
    js: "import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);",
  },
})

// dist/cli.js keeps its shebang from src/cli.ts (esbuild preserves it).

// Third-party licenses of what was bundled.
const packages = new Map()
for (const input of Object.keys(result.metafile.inputs)) {
  const at = input.lastIndexOf('node_modules/')
  if (at === -1) continue
  const rest = input.slice(at + 'node_modules/'.length).split('/')
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  const dir = join(root, input.slice(0, at), 'node_modules', name)
  if (packages.has(dir)) continue
  packages.set(dir, name)
}
const sections = []
for (const dir of packages.keys()) {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const licenseFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(f))
  const text = licenseFile
    ? readFileSync(join(dir, licenseFile), 'utf8').trim()
    : '(no license file in the package)'
  const license = typeof meta.license === 'string' ? meta.license : (meta.license?.type ?? 'UNKNOWN')
  sections.push(`${meta.name}@${meta.version}\n${license}\n\n${text}\n`)
}
sections.sort()
writeFileSync(
  join(dist, 'licenses.txt'),
  `Third-party software bundled into dist/index.js and dist/cli.js\n\n${sections.join('\n' + '-'.repeat(72) + '\n\n')}`,
)
if (!existsSync(join(dist, 'index.js')) || !existsSync(join(dist, 'cli.js')))
  throw new Error('build did not produce both bundles')
