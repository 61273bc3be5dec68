// `lockgraph diff` of the bundled CLI (dist/cli.js) run as a child process: folders, git revisions, an SBOM
// file as the base, each output format, the policy's exit code, usage errors. The lockfiles are a real jest
// 27 → 29 upgrade (__tests__/testdata/diff/README.md).
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TESTDATA } from './helpers/parse.js'

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js')
const JEST = join(TESTDATA, 'diff', 'npm-jest-27-to-29')

const ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  SOURCE_DATE_EPOCH: '1700000000',
}

function lockgraph(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: ENV })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim()
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)

const COUNTS = '7 added, 66 removed, 43 upgraded, 1 downgraded, 0 changed, 0 moved'
const MD_ROW = '| jest | ⬆️ upgraded | 27.5.1 → 29.7.0 | direct | dev | MIT |'

let work: string
let repo: string
let baseCommit: string
let headCommit: string
/** stdout of `diff base head` on the two folders: what every other way of naming the same sides must give. */
let folderText: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lg-cli-diff-'))
  cpSync(join(JEST, 'base'), join(work, 'base'), { recursive: true })
  cpSync(join(JEST, 'head'), join(work, 'head'), { recursive: true })
  // A repository with the app in a folder: base, then head.
  repo = join(work, 'repo')
  mkdirSync(join(repo, 'app'), { recursive: true })
  git(repo, 'init', '-q', '-b', 'main')
  cpSync(join(JEST, 'base'), join(repo, 'app'), { recursive: true })
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', 'jest 27')
  git(repo, 'tag', 'v1')
  baseCommit = git(repo, 'rev-parse', 'HEAD')
  cpSync(join(JEST, 'head'), join(repo, 'app'), { recursive: true })
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', 'jest 29')
  headCommit = git(repo, 'rev-parse', 'HEAD')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('lockgraph diff', () => {
  test('two folders, as text', () => {
    const r = lockgraph(['diff', 'base', 'head'], work)
    expect(r.code).toBe(0)
    folderText = r.stdout
    const lines = r.stdout.split('\n')
    expect(lines.slice(0, 3)).toEqual([`${COUNTS} in 1 manifest`, '', `package.json [npm]: ${COUNTS}`])
    for (const line of [
      '  ↑ jest 27.5.1 → 29.7.0 (direct, dev)',
      '  - jsdom 16.7.0 (transitive, dev)',
      '  ↓ source-map-support 0.5.21 → 0.5.13 (transitive, dev)',
      '  + create-jest 29.7.0 (transitive, dev, via jest → jest-cli → create-jest)',
    ])
      expect(lines).toContain(line)
    // one line per change, under the one manifest
    expect(lines.filter((l) => /^ {2}[+\-↑↓~] /.test(l))).toHaveLength(7 + 66 + 43 + 1)
    expect(r.stderr).toBe(`folder base (463 packages) → folder head (404 packages): ${COUNTS}\n`)
  })

  test('two git revisions of --repo, read from git objects, give the same diff', () => {
    const r = lockgraph(['diff', 'HEAD~1', 'HEAD', '--repo', 'repo/app'], work)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(folderText)
    expect(r.stderr).toBe(
      `commit ${baseCommit.slice(0, 12)} (463 packages) → commit ${headCommit.slice(0, 12)} (404 packages): ${COUNTS}\n`,
    )
    // a tag against the working folder, from inside the repository
    const mixed = lockgraph(['diff', 'v1', '.'], join(repo, 'app'))
    expect(mixed.code).toBe(0)
    expect(mixed.stdout).toBe(folderText)
    // nothing was checked out
    expect(git(repo, 'status', '--porcelain')).toBe('')
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(headCommit)
  })

  test('an SBOM file as the base (CycloneDX JSON and XML, SPDX JSON)', () => {
    for (const [format, file] of [
      ['cyclonedx-json', 'base.cdx.json'],
      ['cyclonedx-xml', 'base.cdx.xml'],
      ['spdx-json', 'base.spdx.json'],
    ]) {
      expect(lockgraph(['sbom', 'base', '--format', format, '-o', file, '-q'], work).code).toBe(0)
      const r = lockgraph(['diff', file, 'head'], work)
      expect({ file, code: r.code }).toEqual({ file, code: 0 })
      expect(r.stdout).toBe(folderText)
      expect(r.stderr).toMatch(
        new RegExp(`^SBOM ${file.replace(/\./g, '\\.')} \\(${format} \\d\\.\\d\\) \\(463 packages\\)`),
      )
    }
    // the same lockfiles on both sides: nothing changed
    const same = lockgraph(['diff', 'base.cdx.json', 'base'], work)
    expect(same).toMatchObject({ code: 0, stdout: 'No dependency changes.\n' })
  })

  test('--format json: the diff-file shape', () => {
    const r = lockgraph(['diff', 'base', 'head', '--format', 'json'], work)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json).toMatchObject({
      version: 1,
      hasChanges: true,
      counts: {
        added: 7,
        removed: 66,
        upgraded: 43,
        downgraded: 1,
        changed: 0,
        moved: 0,
        manifestsAdded: 0,
        manifestsRemoved: 0,
        manifestsChanged: 1,
      },
      moved: [],
      violations: [],
    })
    expect(
      json.manifests.map((m: { manifest: string; status: string; lockfiles: string[] }) => [
        m.manifest,
        m.status,
        m.lockfiles,
      ]),
    ).toEqual([['package.json', 'changed', ['package-lock.json']]])
    const jest = json.manifests[0].changes.find((c: { name: string }) => c.name === 'jest')
    expect(jest).toMatchObject({
      kind: 'upgraded',
      ecosystem: 'npm',
      direct: true,
      changes: ['version'],
      base: {
        purl: 'pkg:npm/jest@27.5.1',
        version: '27.5.1',
        scope: 'dev',
        direct: true,
        license: 'MIT',
        source: 'registry',
      },
      head: {
        purl: 'pkg:npm/jest@29.7.0',
        version: '29.7.0',
        scope: 'dev',
        direct: true,
        license: 'MIT',
        source: 'registry',
      },
    })
    expect(json.manifests[0].changes.find((c: { name: string }) => c.name === 'create-jest').path).toEqual([
      { name: 'jest', version: '29.7.0', purl: 'pkg:npm/jest@29.7.0' },
      { name: 'jest-cli', version: '29.7.0', purl: 'pkg:npm/jest-cli@29.7.0' },
      { name: 'create-jest', version: '29.7.0', purl: 'pkg:npm/create-jest@29.7.0' },
    ])
  })

  test('--format markdown, written with -o', () => {
    const r = lockgraph(['diff', 'base', 'head', '--format', 'markdown', '-o', 'out/diff.md'], work)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr.split('\n')).toContain('wrote out/diff.md')
    const md = readFileSync(join(work, 'out', 'diff.md'), 'utf8')
    expect(
      md.startsWith(
        '### lockgraph: dependency changes\n\n**7** added · **66** removed · **43** upgraded · **1** downgraded in 1 manifest.\n\n#### `package.json` · npm\n',
      ),
    ).toBe(true)
    expect(md).toContain(MD_ROW)
    expect(md).toContain('<details><summary>')
    expect(md).not.toContain('<!-- lockgraph')
    // not cut: every change has its row
    expect(md).not.toContain('more')
  })

  test('a policy violation exits 1; removing a denied package does not', () => {
    const denied = lockgraph(
      ['diff', 'base', 'head', '--denied-package', 'pkg:npm/jest@>=29', '--fail-on', 'denied-package'],
      work,
    )
    expect(denied.code).toBe(1)
    expect(denied.stdout.split('\n').slice(0, 3)).toEqual([
      'Policy:',
      '  error: package.json: [denied-package] jest 29.7.0 is denied by pkg:npm/jest >=29',
      '',
    ])
    expect(denied.stderr).toContain('lockgraph diff: dependency policy: 1 violation\n')

    // not in fail-on: reported, exit 0
    const warned = lockgraph(['diff', 'base', 'head', '--denied-package', 'pkg:npm/jest@>=29'], work)
    expect(warned.code).toBe(0)
    expect(warned.stdout).toContain(
      '  warning: package.json: [denied-package] jest 29.7.0 is denied by pkg:npm/jest >=29',
    )

    const removed = lockgraph(
      [
        'diff',
        'base',
        'head',
        '--denied-package',
        'pkg:npm/jsdom',
        '--fail-on',
        'denied-package',
        '--format',
        'json',
      ],
      work,
    )
    expect(removed.code).toBe(0)
    expect(JSON.parse(removed.stdout).violations).toEqual([])

    // from a config file, with the JSON on stdout and the violation on stderr
    writeFileSync(join(work, 'policy.yml'), 'fail-on: [license]\nlicense:\n  deny: [BSD-3-Clause]\n')
    const config = lockgraph(['diff', 'base', 'head', '--config', 'policy.yml', '--format', 'json'], work)
    expect(config.code).toBe(1)
    const violations = JSON.parse(config.stdout).violations as Array<{
      rule: string
      name: string
      severity: string
    }>
    expect(violations.length).toBeGreaterThan(0)
    expect(new Set(violations.map((v) => `${v.rule} ${v.severity}`))).toEqual(new Set(['license error']))
    expect(config.stderr).toMatch(/^package\.json: error: \[license\] .+ license BSD-3-Clause is denied/m)
  })

  test('an existing path wins over a revision of the same name; REV^{commit} names the revision', () => {
    // an untracked folder "v1" in the repository holding head's lockfiles
    cpSync(join(JEST, 'head'), join(repo, 'app', 'v1'), { recursive: true })
    try {
      const path = lockgraph(['diff', 'v1', 'HEAD'], join(repo, 'app'))
      expect(path).toMatchObject({ code: 0, stdout: 'No dependency changes.\n' })
      expect(path.stderr).toMatch(/^folder v1 \(404 packages\) → commit [0-9a-f]{12} \(404 packages\)/)
      const rev = lockgraph(['diff', 'v1^{commit}', 'HEAD'], join(repo, 'app'))
      expect(rev.code).toBe(0)
      expect(rev.stdout).toBe(folderText)
    } finally {
      rmSync(join(repo, 'app', 'v1'), { recursive: true, force: true })
    }
  })

  test('usage errors exit 2 with one message, no stack trace', () => {
    writeFileSync(join(work, 'notes.txt'), 'hello\n')
    writeFileSync(join(work, 'broken.yml'), 'fail-on: [license\n')
    for (const [args, message] of [
      [['diff', 'base'], 'lockgraph diff: diff takes BASE and HEAD, got 1: base'],
      [
        ['diff', 'no-such-thing', 'head'],
        'lockgraph diff: "no-such-thing" is not a file or folder, and the current folder is not in a git repository to read it as a revision',
      ],
      [
        ['diff', 'base', 'head', '--format', 'yaml'],
        'lockgraph diff: --format must be one of text, markdown, json, got "yaml"',
      ],
      [['diff', 'notes.txt', 'head'], 'lockgraph diff: notes.txt: not an SBOM: neither JSON nor XML'],
      [['diff', 'base', 'head', '--bogus'], /^lockgraph diff: Unknown option '--bogus'/],
    ] as const) {
      const r = lockgraph([...args], work)
      expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: '' })
      if (typeof message === 'string') expect(r.stderr.split('\n')[0]).toBe(message)
      else expect(r.stderr).toMatch(message)
      noStackTrace(r.stderr)
    }
    const unknown = lockgraph(['diff', 'v9', 'HEAD', '--repo', 'repo'], work)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr.split('\n')[0]).toBe(
      'lockgraph diff: "v9" is not a file or folder, and not a revision of the git repository at repo',
    )
    const policy = lockgraph(['diff', 'base', 'head', '--fail-on', 'licence', '--config', 'broken.yml'], work)
    expect(policy.code).toBe(2)
    expect(policy.stderr).toMatch(
      /^lockgraph diff: the policy is not valid:\n {2}broken\.yml:\d+: not valid YAML/,
    )
    const input = lockgraph(['diff', 'base', 'head', '--fail-on', 'licence'], work)
    expect(input.stderr).toBe(
      'lockgraph diff: the policy is not valid:\n  input fail-on[0]: unknown value "licence" (expected one of license, denied-package, downgrade, new-source)\n',
    )
  })

  test('--help documents the sides, their precedence and the exit codes', () => {
    const r = lockgraph(['diff', '--help'], work)
    expect(r.code).toBe(0)
    for (const text of [
      'lockgraph diff BASE HEAD [options]',
      'A path that exists wins over a',
      'REV^{commit}',
      '--format FORMAT        text, markdown, json',
      '--denied-package P',
      'Exit codes: 0 done (with or without changes), 1 a policy violation of a fail-on rule, 2 usage error',
    ])
      expect(r.stdout).toContain(text)
    expect(lockgraph(['--help'], work).stdout).toContain('lockgraph diff BASE HEAD [options]')
  })
})
