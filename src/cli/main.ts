// Command-line parsing and the `sbom` command. Returns the exit code; never calls process.exit.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { countGraph, formatIssue, problems, textSummary } from '../report/summary.js'
import { scan } from '../scan.js'
import { subjectFor } from '../sbom/subject.js'
import { VERSION } from '../version.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
}

export const FORMATS = ['cyclonedx-json'] as const
export const DEFAULT_OUTPUT: Record<(typeof FORMATS)[number], string> = { 'cyclonedx-json': 'sbom.cdx.json' }

const HELP = `lockgraph ${VERSION}: every lockfile in a repository, one dependency graph, SBOMs.

Usage:
  lockgraph sbom [PATH] [options]     write an SBOM of the lockfiles under PATH (default: .)

Options:
  --format FORMAT     SBOM format: ${FORMATS.join(', ')} (default: cyclonedx-json)
  -o, --output FILE   where to write the SBOM; - for standard output (default: ./${DEFAULT_OUTPUT['cyclonedx-json']})
  --exclude GLOB      paths not to scan, relative to PATH (repeatable), e.g. --exclude 'examples/**'
  --strict            exit 1 when a lockfile has problems (default: report them and go on)
  -q, --quiet         print only problems (no notes, no summary)
  -h, --help          this help
  -V, --version       lockgraph's version

Exit codes: 0 done (problems are printed to stderr as file:line), 1 problems found with --strict,
2 usage error or nothing readable.
`

class UsageError extends Error {}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io)
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(`lockgraph: ${err.message}\nRun 'lockgraph --help' for usage.\n`)
      return 2
    }
    throw err
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', multiple: true },
      output: { type: 'string', short: 'o' },
      exclude: { type: 'string', multiple: true },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  })
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const [command, ...rest] = positionals
  if (command === undefined) {
    io.stderr(HELP)
    return 2
  }
  if (command !== 'sbom') throw new UsageError(`unknown command '${command}'`)
  if (rest.length > 1) throw new UsageError(`sbom takes one PATH, got ${rest.length}: ${rest.join(' ')}`)

  const formats = (values.format ?? ['cyclonedx-json'])
    .flatMap((f) => f.split(','))
    .map((f) => f.trim())
    .filter(Boolean)
  for (const f of formats)
    if (!(FORMATS as readonly string[]).includes(f))
      throw new UsageError(`unknown --format '${f}' (supported: ${FORMATS.join(', ')})`)

  const path = resolve(io.cwd, rest[0] ?? '.')
  let result
  try {
    result = await scan(path, { exclude: values.exclude ?? [] })
  } catch (err) {
    if (err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT')
      throw new UsageError(`no such file or folder: ${rest[0]}`)
    throw err
  }
  const { graph } = result
  for (const issue of graph.issues)
    if (!values.quiet || issue.severity !== 'info') io.stderr(formatIssue(issue) + '\n')
  if (!values.quiet) for (const s of result.skipped) io.stderr(`${s.path}: note: not read: ${s.reason}\n`)

  if (graph.files.length === 0) {
    io.stderr(`lockgraph: no lockfiles found under ${rest[0] ?? '.'}\n`)
    return 2
  }
  if (!graph.files.some((f) => f.ok)) {
    io.stderr(`lockgraph: none of the ${graph.files.length} lockfiles could be read\n`)
    return 2
  }

  // Loaded here, not at start-up: --help, --version and usage errors stay fast.
  const { writeCycloneDxJson } = await import('../sbom/cyclonedx.js')
  const json = writeCycloneDxJson(graph, subjectFor(path, io.env))
  const output = values.output ?? DEFAULT_OUTPUT['cyclonedx-json']
  if (output === '-') io.stdout(json)
  else {
    const file = resolve(io.cwd, output)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, json)
  }
  if (!values.quiet) {
    io.stderr(textSummary(countGraph(graph)) + '\n')
    if (output !== '-') io.stderr(`wrote ${output}\n`)
  }
  return values.strict && problems(graph.issues).length > 0 ? 1 : 0
}
