import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { discover } from '../src/discover.js'

describe('discover', () => {
  let root: string
  let outside: string
  const put = (base: string, path: string) => {
    mkdirSync(join(base, path, '..'), { recursive: true })
    writeFileSync(join(base, path), '{}')
  }

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lg-discover-'))
    outside = mkdtempSync(join(tmpdir(), 'lg-outside-'))
    for (const p of [
      'package-lock.json',
      'apps/web/package-lock.json',
      'apps/web/node_modules/dep/package-lock.json',
      'apps/web/node_modules/.package-lock.json',
      '.git/package-lock.json',
      'vendor/package-lock.json',
      'target/package-lock.json',
      'dist/package-lock.json',
      'examples/demo/package-lock.json',
      'libs/both/package-lock.json',
      'libs/both/npm-shrinkwrap.json',
      'notes/package.json',
    ])
      put(root, p)
    put(outside, 'secret/package-lock.json')
    symlinkSync(join(outside, 'secret'), join(root, 'escape'))
    symlinkSync(join(root, 'apps'), join(root, 'apps-again'))
    symlinkSync(join(outside, 'secret', 'package-lock.json'), join(root, 'libs', 'linked-lock.json'))
    mkdirSync(join(root, 'linked'))
    symlinkSync(join(outside, 'secret', 'package-lock.json'), join(root, 'linked', 'package-lock.json'))
  })
  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  })

  test('finds lockfiles, skipping VCS, installed dependencies, vendor and build output', () => {
    const { files } = discover(root)
    expect(files.map((f) => `${f.path} ${f.format.id}`)).toEqual([
      'apps/web/package-lock.json npm-package-lock',
      'examples/demo/package-lock.json npm-package-lock',
      'libs/both/npm-shrinkwrap.json npm-shrinkwrap',
      'package-lock.json npm-package-lock',
    ])
  })

  test('never follows a symbolic link out of the root; a link inside it is read once', () => {
    const { files, skipped } = discover(root)
    expect(files.some((f) => f.path.startsWith('escape') || f.path.startsWith('linked'))).toBe(false)
    expect(skipped).toContainEqual({ path: 'escape', reason: 'symbolic link out of the root' })
    expect(skipped).toContainEqual({
      path: 'linked/package-lock.json',
      reason: 'symbolic link out of the root',
    })
    expect(files.filter((f) => f.path.endsWith('web/package-lock.json'))).toHaveLength(1)
  })

  test('npm-shrinkwrap.json takes precedence over package-lock.json in the same folder', () => {
    expect(discover(root).skipped).toContainEqual({
      path: 'libs/both/package-lock.json',
      reason: 'npm-shrinkwrap.json in the same folder takes precedence',
    })
  })

  test('exclude globs prune folders and files', () => {
    expect(discover(root, ['examples/**']).files.map((f) => f.path)).not.toContain(
      'examples/demo/package-lock.json',
    )
    expect(discover(root, ['examples']).files.map((f) => f.path)).not.toContain(
      'examples/demo/package-lock.json',
    )
    expect(discover(root, ['**/web/*.json']).files.map((f) => f.path)).not.toContain(
      'apps/web/package-lock.json',
    )
    expect(discover(root, ['**/web/*.json']).files).toHaveLength(3)
  })
})
