// The `diff` command: the dependency diff between two sides (folders, lockfiles, SBOM files, git revisions), as
// text, markdown or JSON, with the policy's violations. Returns the exit code; never calls process.exit.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { diffGraphs } from '../diff/diff.js'
import { optionRepositories } from '../maven/repositories.js'
import { resolveSide, SideError, type Side } from '../diff/sides.js'
import { FAIL_ON, loadPolicy, PolicyError, splitList, UNKNOWN_LICENSE } from '../policy/config.js'
import { evaluatePolicy, policyFails } from '../policy/policy.js'
import { diffJson } from '../render/diff-json.js'
import { renderText } from '../render/diff-text.js'
import { renderMarkdownDetailed } from '../render/markdown.js'
import { formatIssue } from '../report/summary.js'
import { SbomReadError } from '../sbom/read/index.js'
import type { CliIo } from './main.js'

const FORMATS = ['text', 'markdown', 'json'] as const
type DiffFormat = (typeof FORMATS)[number]

export const DIFF_HELP = `Usage:
  lockgraph diff BASE HEAD [options]   the dependency changes from BASE to HEAD

BASE and HEAD are each, in this order of precedence:
  - an existing folder: its lockfiles are scanned, as by 'lockgraph sbom';
  - an existing file: a lockfile when its name is one (package-lock.json, Cargo.lock, ...), otherwise an
    SBOM (CycloneDX JSON or XML, SPDX 2.2 / 2.3 JSON, told by its content);
  - a git revision (commit, branch, tag, HEAD~1, ...) of the repository --repo names: the revision's files
    under that folder, read from git objects (nothing is checked out). A path that exists wins over a
    revision of the same name: write the revision as REV^{commit} to mean it.
Both sides should be the same folder of the project (the manifests' paths are compared).

Options:
  --format FORMAT        ${FORMATS.join(', ')} (default: text)
  -o, --output FILE      write the diff to FILE (default: standard output)
  --repo PATH            git repository (or a folder in it) revisions are read from (default: .)
  --exclude GLOB         paths not to scan, relative to the scanned folder (repeatable)
  --offline              Maven: fetch no POMs (direct dependencies only)
  --maven-repository [ID=]URL
                         Maven repository asked first (repeatable), as for lockgraph sbom

Policy (as in the action; options win over the config file, key by key):
  --config FILE          policy config file (the format of .github/lockgraph.yml); none by default
  --fail-on RULES        rules whose violations fail (exit 1): ${FAIL_ON.join(', ')}
                         (comma list or repeatable); violations of other rules are warnings
  --license-allow IDS    SPDX licenses allowed (comma list or repeatable)
  --license-deny IDS     SPDX licenses denied (comma list or repeatable)
  --license-unknown X    a missing or non-SPDX license: ${UNKNOWN_LICENSE.join(', ')} (default: allow)
  --denied-package P     purl pattern with an optional range after "@" (repeatable), e.g.
                         pkg:npm/left-pad, 'pkg:npm/lodash@<4.17.21', 'pkg:pypi/*'

  -q, --quiet            print no notes or summary on standard error
  -h, --help             this help

Exit codes: 0 done (with or without changes), 1 a policy violation of a fail-on rule, 2 usage error or a
side that cannot be read.
`

class DiffUsageError extends Error {}

/** --maven-repository values, checked before anything is read. */
function checkedRepositories(specs: string[] | undefined, env: NodeJS.ProcessEnv): string[] {
  try {
    optionRepositories(specs ?? [], env)
  } catch (err) {
    throw new DiffUsageError(err instanceof Error ? err.message : String(err))
  }
  return specs ?? []
}

/** Repeatable options that also take comma lists. */
function items(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined
  return splitList(values.join(',')) ?? []
}

function checkSide(side: Side, name: string): void {
  if (side.graph.files.length > 0 && !side.graph.files.some((f) => f.ok))
    throw new DiffUsageError(
      `none of the ${side.graph.files.length} lockfiles of ${name} (${side.description}) could be read`,
    )
}

export async function diffCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io)
  } catch (err) {
    if (
      err instanceof DiffUsageError ||
      err instanceof SideError ||
      err instanceof SbomReadError ||
      (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(`lockgraph diff: ${err.message}\nRun 'lockgraph diff --help' for usage.\n`)
      return 2
    }
    if (err instanceof PolicyError) {
      io.stderr(`lockgraph diff: the policy is not valid:\n${err.problems.map((p) => `  ${p}\n`).join('')}`)
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
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      repo: { type: 'string' },
      exclude: { type: 'string', multiple: true },
      offline: { type: 'boolean' },
      'maven-repository': { type: 'string', multiple: true },
      config: { type: 'string' },
      'fail-on': { type: 'string', multiple: true },
      'license-allow': { type: 'string', multiple: true },
      'license-deny': { type: 'string', multiple: true },
      'license-unknown': { type: 'string' },
      'denied-package': { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout(DIFF_HELP)
    return 0
  }
  if (positionals.length !== 2)
    throw new DiffUsageError(
      `diff takes BASE and HEAD, got ${positionals.length}${positionals.length ? `: ${positionals.join(' ')}` : ''}`,
    )
  const format = (values.format ?? 'text') as DiffFormat
  if (!FORMATS.includes(format))
    throw new DiffUsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`)

  // The policy first: a mistake in it is told before anything is read.
  let configText: string | undefined
  if (values.config !== undefined) {
    try {
      configText = readFileSync(resolve(io.cwd, values.config), 'utf8')
    } catch (err) {
      throw new DiffUsageError(`--config ${values.config}: cannot be read (${(err as Error).message})`)
    }
  }
  const policy = loadPolicy(
    configText,
    {
      failOn: items(values['fail-on']),
      licenseAllow: items(values['license-allow']),
      licenseDeny: items(values['license-deny']),
      licenseUnknown: values['license-unknown'],
      deniedPackages: values['denied-package'],
    },
    values.config,
  )

  const [baseSpec, headSpec] = positionals
  const options = {
    cwd: io.cwd,
    repo: values.repo,
    exclude: values.exclude ?? [],
    offline: values.offline,
    mavenRepositories: checkedRepositories(values['maven-repository'], io.env),
  }
  const [base, head] = await Promise.all([resolveSide(baseSpec, options), resolveSide(headSpec, options)])
  for (const [name, side] of [
    ['base', base],
    ['head', head],
  ] as const) {
    for (const issue of side.graph.issues)
      if (!values.quiet || issue.severity !== 'info') io.stderr(`${name}: ${formatIssue(issue)}\n`)
    if (!values.quiet)
      for (const s of side.skipped) io.stderr(`${name}: ${s.path}: note: not read: ${s.reason}\n`)
    checkSide(side, name === 'base' ? `BASE ${baseSpec}` : `HEAD ${headSpec}`)
  }

  const diff = diffGraphs(base.graph, head.graph)
  const violations = evaluatePolicy(diff, policy)
  const text =
    format === 'json'
      ? `${JSON.stringify(diffJson(diff, violations), null, 2)}\n`
      : format === 'markdown'
        ? renderMarkdownDetailed(diff, { maxLength: Number.POSITIVE_INFINITY, violations }).markdown
        : renderText(diff, violations)
  if (values.output === undefined || values.output === '-') io.stdout(text)
  else {
    const file = resolve(io.cwd, values.output)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }

  const fails = policyFails(violations)
  if (!values.quiet) {
    const c = diff.counts
    io.stderr(
      `${base.description} (${base.graph.packages.size} packages) → ${head.description} (${head.graph.packages.size} packages): ` +
        `${c.added} added, ${c.removed} removed, ${c.upgraded} upgraded, ${c.downgraded} downgraded, ${c.changed} changed, ${c.moved} moved\n`,
    )
    if (values.output !== undefined && values.output !== '-') io.stderr(`wrote ${values.output}\n`)
  }
  // The text on standard output lists them already; otherwise say them here.
  if (format !== 'text' || (values.output !== undefined && values.output !== '-'))
    for (const v of violations) io.stderr(`${v.manifest}: ${v.severity}: [${v.rule}] ${v.message}\n`)
  if (fails) {
    const errors = violations.filter((v) => v.severity === 'error').length
    io.stderr(`lockgraph diff: dependency policy: ${errors} violation${errors === 1 ? '' : 's'}\n`)
  }
  return fails ? 1 : 0
}
