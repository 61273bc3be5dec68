import { deriveScopes } from '../src/graph/scopes.js'
import { parsePackageLock } from '../src/parsers/npm/package-lock.js'
import { parseFixture } from './helpers/parse.js'

describe('deriveScopes', () => {
  test.each([
    'npm/app-npm11/package-lock.json',
    'npm/workspaces-npm11/package-lock.json',
    'npm/vscode-ext-npm-lock-v3/package-lock.json',
  ])('computes from the edges exactly the dev/optional/peer flags npm wrote into %s', (file) => {
    const r = parseFixture(parsePackageLock, file)
    const npm = new Map(r.packages.map((p) => [p.id, p.scope]))
    const unreached = deriveScopes(r)
    expect(unreached).toEqual([])
    const differ = r.packages
      .filter((p) => p.scope !== npm.get(p.id))
      .map((p) => `${p.id}: ${npm.get(p.id)} → ${p.scope}`)
    expect(differ).toEqual([])
    expect(new Set(r.packages.map((p) => p.scope)).size).toBeGreaterThan(1)
  })

  test('the weakest edge of the best path wins; unreached packages are returned', () => {
    const pkg = (id: string) => ({
      id,
      ecosystem: 'npm' as const,
      name: id,
      purl: id,
      scope: 'runtime' as const,
      hashes: [],
      source: 'registry' as const,
    })
    const r = {
      format: 't',
      projects: [{ id: '', ecosystem: 'npm' as const, name: 'p', manifest: 'package.json', dir: '' }],
      packages: ['a', 'b', 'c', 'd', 'lost'].map(pkg),
      edges: [
        { from: '', to: 'a', scope: 'dev' as const },
        { from: 'a', to: 'b', scope: 'runtime' as const },
        { from: '', to: 'c', scope: 'optional' as const },
        { from: 'c', to: 'b', scope: 'runtime' as const },
        { from: 'c', to: 'd', scope: 'peer' as const },
      ],
      issues: [],
      complete: true,
    }
    expect(deriveScopes(r)).toEqual(['lost'])
    expect(Object.fromEntries(r.packages.map((p) => [p.id, p.scope]))).toEqual({
      a: 'dev',
      b: 'optional',
      c: 'optional',
      d: 'peer',
      lost: 'runtime',
    })
  })
})
