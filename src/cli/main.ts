// Command-line parsing and the `sbom` command. Returns the exit code; never calls process.exit.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { countGraph, formatIssue, problems, textSummary } from '../report/summary.js'
import { optionRepositories } from '../maven/repositories.js'
import { scan } from '../scan.js'
import { FORMAT_IDS, SBOM_FORMATS } from '../sbom/formats.js'
import { subjectFor } from '../sbom/subject.js'
import { formatList, FormatError, renderSboms, resolveRequests } from '../sbom/write.js'
import { VERSION } from '../version.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
}

const HELP = `lockgraph ${VERSION}: every lockfile in a repository, one dependency graph, SBOMs.

Usage:
  lockgraph sbom [PATH] [options]     write an SBOM of the lockfiles under PATH (default: .)
  lockgraph diff BASE HEAD [options]  the dependency changes from BASE to HEAD (folders, lockfiles,
                                      SBOM files or git revisions); 'lockgraph diff --help' for more

Options of sbom:
  --format FORMAT     SBOM format (repeatable, or a comma list): ${FORMAT_IDS.join(', ')}
                      (default: cyclonedx-json)
  --spec-version V    spec version of the formats that have it: CycloneDX ${SBOM_FORMATS[0].specVersions.join(', ')}
                      (default ${SBOM_FORMATS[0].defaultSpecVersion}); SPDX JSON is 2.3, SPDX 3 JSON-LD 3.0.1
  -o, --output FILE   where to write the SBOM (one format); - for standard output
  --output-dir DIR    folder for the SBOMs, each under its own name (default: .):
                      ${SBOM_FORMATS.map((f) => `${f.fileName} (${f.id})`).join(', ')}
  --exclude GLOB      paths not to scan, relative to PATH (repeatable), e.g. --exclude 'examples/**'
  --offline           Maven: fetch no POMs (direct dependencies only, projects marked incomplete)
  --maven-repository [ID=]URL
                      Maven repository asked before the POMs' own and Maven Central (repeatable);
                      ID=mirror asks only that one; credentials from LOCKGRAPH_MAVEN_<ID>_TOKEN or
                      LOCKGRAPH_MAVEN_<ID>_USERNAME / _PASSWORD
  --strict            exit 1 when a lockfile has problems (default: report them and go on)
  -q, --quiet         print only problems (no notes, no summary)
  -h, --help          this help
  -V, --version       lockgraph's version

Exit codes: 0 done (problems are printed to stderr as file:line), 1 problems found with --strict
(diff: a policy violation), 2 usage error or nothing readable.
`

class UsageError extends Error {}

/** --maven-repository values, checked now (a bad URL is a usage error, not a warning per POM later). */
export function mavenRepositories(specs: string[] | undefined, env: NodeJS.ProcessEnv): string[] {
  try {
    optionRepositories(specs ?? [], env)
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err))
  }
  return specs ?? []
}

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
  // diff has options of its own: everything after the command word is its.
  const first = argv.findIndex((a) => !a.startsWith('-'))
  if (first >= 0 && argv[first] === 'diff') {
    // Loaded for the diff command only: its modules (policy, SBOM readers, renderers) would slow every start.
    const { diffCommand } = await import('./diff.js')
    return diffCommand([...argv.slice(0, first), ...argv.slice(first + 1)], io)
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', multiple: true },
      output: { type: 'string', short: 'o' },
      'output-dir': { type: 'string' },
      'spec-version': { type: 'string' },
      exclude: { type: 'string', multiple: true },
      offline: { type: 'boolean' },
      'maven-repository': { type: 'string', multiple: true },
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

  let requests
  try {
    requests = resolveRequests(formatList(values.format ?? ['cyclonedx-json']), values['spec-version'])
  } catch (err) {
    if (err instanceof FormatError) throw new UsageError(err.message)
    throw err
  }
  if (values.output !== undefined && requests.length > 1)
    throw new UsageError(
      `--output names one file, but ${requests.length} formats were asked for: use --output-dir`,
    )
  if (values.output !== undefined && values['output-dir'] !== undefined)
    throw new UsageError('--output and --output-dir cannot be used together')

  const path = resolve(io.cwd, rest[0] ?? '.')
  let result
  try {
    result = await scan(path, {
      exclude: values.exclude ?? [],
      offline: values.offline,
      mavenRepositories: mavenRepositories(values['maven-repository'], io.env),
    })
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

  // Writers are loaded here, not at start-up: --help, --version and usage errors stay fast.
  const written: string[] = []
  for (const { request, text } of await renderSboms(graph, subjectFor(path, io.env), requests)) {
    const output = values.output ?? join(values['output-dir'] ?? '.', request.format.fileName)
    if (output === '-') io.stdout(text)
    else {
      const file = resolve(io.cwd, output)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, text)
      written.push(output)
    }
  }
  if (!values.quiet) {
    io.stderr(textSummary(countGraph(graph)) + '\n')
    for (const output of written) io.stderr(`wrote ${output}\n`)
  }
  return values.strict && problems(graph.issues).length > 0 ? 1 : 0
}
