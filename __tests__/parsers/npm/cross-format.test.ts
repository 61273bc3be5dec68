// One package.json locked by npm 11, yarn 1, yarn 4, pnpm 9 and bun 1.4 (corpus-generated in the shared reference material): the five
// lockfiles must give the same graph, except where the lockfiles themselves differ. Every such difference
// is listed here with its reason.
import type { ParseResult, Parser } from '../../../src/model.js'
import { parseBunLock } from '../../../src/parsers/npm/bun-lock.js'
import { parsePackageLock } from '../../../src/parsers/npm/package-lock.js'
import { parsePnpmLock } from '../../../src/parsers/npm/pnpm-lock.js'
import { parseYarnLock } from '../../../src/parsers/npm/yarn-lock.js'
import { NPM_INSTALLED_PEERS, YARN4_NODE_GYP, YARN_NEWEST } from '../../helpers/js-lockfile-differences.js'
import { parseFixture } from '../../helpers/parse.js'

interface View {
  /** name@version of every package */
  packages: Set<string>
  /** name@version of packages only the dev tree needs */
  devOnly: Set<string>
  /** project name → its direct dependencies as name@version (or project:name) */
  direct: Map<string, Set<string>>
  /** name@version → what it depends on, as name@version */
  edges: Map<string, Set<string>>
}

function view(r: ParseResult): View {
  const nv = new Map<string, string>()
  for (const p of r.projects) nv.set(p.id, `project:${p.name}`)
  for (const p of r.packages) nv.set(p.id, `${p.name}@${p.version}`)
  const scopes = new Map<string, Set<string>>()
  for (const p of r.packages) {
    const key = `${p.name}@${p.version}`
    if (!scopes.has(key)) scopes.set(key, new Set())
    scopes.get(key)!.add(p.scope)
  }
  const devOnly = new Set([...scopes].filter(([, s]) => s.size === 1 && s.has('dev')).map(([k]) => k))
  const direct = new Map<string, Set<string>>()
  const edges = new Map<string, Set<string>>()
  const projectIds = new Set(r.projects.map((p) => p.id))
  for (const e of r.edges) {
    const from = nv.get(e.from)!
    const to = nv.get(e.to)!
    const map = projectIds.has(e.from) ? direct : edges
    if (!map.has(from)) map.set(from, new Set())
    map.get(from)!.add(to)
  }
  return { packages: new Set(nv.values()), devOnly, direct, edges }
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort()

const apps: Array<[string, Parser, string]> = [
  ['yarn 1', parseYarnLock, 'yarn/app-yarn1/yarn.lock'],
  ['yarn 4', parseYarnLock, 'yarn/app-berry4/yarn.lock'],
  ['pnpm 9', parsePnpmLock, 'pnpm/app-pnpm9/pnpm-lock.yaml'],
  ['bun 1.4', parseBunLock, 'bun/app-bun1/bun.lock'],
]

describe('the same app locked by five package managers', () => {
  const npm = view(parseFixture(parsePackageLock, 'npm/app-npm11/package-lock.json'))

  test.each(apps)('%s: the same packages as npm, but for the listed differences', (manager, parser, file) => {
    const other = view(parseFixture(parser, file))
    const onlyNpm = minus(npm.packages, other.packages).filter((k) => !k.startsWith('project:'))
    const onlyOther = minus(other.packages, npm.packages).filter((k) => !k.startsWith('project:'))
    expect({ manager, onlyNpm, onlyOther }).toEqual({ manager, ...EXPECTED_DIFFERENCES[manager] })
  })

  test.each(apps)('%s: the same dev-only packages as npm', (manager, parser, file) => {
    const other = view(parseFixture(parser, file))
    const shared = new Set([...npm.packages].filter((k) => other.packages.has(k)))
    const npmDev = new Set([...npm.devOnly].filter((k) => shared.has(k)))
    const otherDev = new Set([...other.devOnly].filter((k) => shared.has(k)))
    expect({ manager, onlyNpm: minus(npmDev, otherDev), onlyOther: minus(otherDev, npmDev) }).toEqual({
      manager,
      onlyNpm: [],
      onlyOther: [],
    })
    expect(npmDev.size).toBeGreaterThan(500)
  })

  test.each(apps)(
    '%s: the same direct dependencies, and the same edges out of them',
    (manager, parser, file) => {
      const other = view(parseFixture(parser, file))
      const npmDirect = npm.direct.get('project:acme-storefront')!
      expect(npmDirect.size).toBe(40)
      expect([...other.direct.values()]).toHaveLength(1)
      const otherDirect = [...other.direct.values()][0]
      expect(minus(npmDirect, otherDirect)).toEqual([])
      expect(minus(otherDirect, npmDirect)).toEqual([])
      for (const dep of npmDirect) {
        const theirs = other.edges.get(dep) ?? new Set()
        const ours = npm.edges.get(dep) ?? new Set()
        expect({ dep, onlyNpm: minus(ours, theirs), onlyOther: minus(theirs, ours) }).toEqual({
          dep,
          ...(EXPECTED_EDGE_DIFFERENCES[manager]?.[dep] ?? { onlyNpm: [], onlyOther: [] }),
        })
      }
    },
  )
})

const workspaces: Array<[string, Parser, string]> = [
  ['yarn 4', parseYarnLock, 'yarn/workspaces-berry4/yarn.lock'],
  ['pnpm 9', parsePnpmLock, 'pnpm/workspace-pnpm9/pnpm-lock.yaml'],
  ['bun 1.4', parseBunLock, 'bun/workspace-bun1/bun.lock'],
]

describe('the same workspaces locked by four package managers', () => {
  const npmResult = parseFixture(parsePackageLock, 'npm/workspaces-npm11/package-lock.json')
  const npm = view(npmResult)

  test.each(workspaces)(
    '%s: the same projects with the same direct dependencies',
    (manager, parser, file) => {
      const result = parseFixture(parser, file)
      expect(result.projects.map((p) => [p.id, p.name]).sort()).toEqual(
        npmResult.projects.map((p) => [p.id, p.name]).sort(),
      )
      const other = view(result)
      for (const [project, deps] of npm.direct)
        expect({ project, deps: [...(other.direct.get(project) ?? [])].sort() }).toEqual({
          project,
          deps: [...deps].sort(),
        })
    },
  )

  test.each(workspaces)('%s: the same packages and dev-only packages as npm', (manager, parser, file) => {
    const other = view(parseFixture(parser, file))
    const onlyNpm = minus(npm.packages, other.packages).filter((k) => !k.startsWith('project:'))
    const onlyOther = minus(other.packages, npm.packages).filter((k) => !k.startsWith('project:'))
    expect({ manager, onlyNpm, onlyOther }).toEqual({ manager, ...EXPECTED_WORKSPACE_DIFFERENCES[manager] })
    const shared = new Set([...npm.packages].filter((k) => other.packages.has(k)))
    const npmDev = [...npm.devOnly].filter((k) => shared.has(k)).sort()
    const otherDev = [...other.devOnly].filter((k) => shared.has(k)).sort()
    expect(otherDev).toEqual(npmDev)
  })
})

// Why the lockfiles differ: see helpers/js-lockfile-differences.ts, and:
// - in the workspaces lockfile node-gyp's closure also pulls these, which npm's tree has at other versions
//   or not at all.
const YARN4_NODE_GYP_WORKSPACES = ['fdir@6.5.0', 'graceful-fs@4.2.12', 'picomatch@4.0.7', 'tinyglobby@0.2.17']

/** Packages one lockfile has and npm's does not (or the reverse). */
const EXPECTED_DIFFERENCES: Record<string, { onlyNpm: string[]; onlyOther: string[] }> = {
  'yarn 1': { onlyNpm: NPM_INSTALLED_PEERS, onlyOther: YARN_NEWEST },
  'yarn 4': { onlyNpm: NPM_INSTALLED_PEERS, onlyOther: [...YARN_NEWEST, ...YARN4_NODE_GYP].sort() },
  // pnpm 9 records every package npm does, for every platform: no difference.
  'pnpm 9': { onlyNpm: [], onlyOther: [] },
  // bun reuses one version that satisfies every dependent where npm hoists the newest match and nests a
  // pinned one: @colors/colors 1.6.0 serves logform's pinned 1.6.0 and winston's ^1.6.0 (npm adds 1.6.1);
  // @eslint-community/eslint-utils 4.9.1 serves all dependents (npm adds 4.10.1).
  'bun 1.4': { onlyNpm: ['@colors/colors@1.6.1', '@eslint-community/eslint-utils@4.10.1'], onlyOther: [] },
}
const EXPECTED_WORKSPACE_DIFFERENCES: Record<string, { onlyNpm: string[]; onlyOther: string[] }> = {
  'yarn 4': { onlyNpm: [], onlyOther: [...YARN4_NODE_GYP, ...YARN4_NODE_GYP_WORKSPACES].sort() },
  'pnpm 9': { onlyNpm: [], onlyOther: [] },
  // bun's postcss 8.5.23 serves both vite's ^8.4.43 and next's pinned 8.5.23; npm adds 8.5.33.
  'bun 1.4': { onlyNpm: ['postcss@8.5.33'], onlyOther: [] },
}

/**
 * Edges out of the direct dependencies that differ from npm's. Beyond the package differences above:
 * - yarn 1 does not record peer dependencies at all, so every peer edge is npm's alone;
 * - pnpm and bun record edges to optional peers that are installed anyway (ts-jest → esbuild,
 *   webpack → webpack-cli); npm's lockfile does not list optional peers a package declares only in
 *   peerDependenciesMeta;
 * - yarn 4's built-in patch of typescript depends on the unpatched typescript (same name@version).
 */
const EXPECTED_EDGE_DIFFERENCES: Record<
  string,
  Record<string, { onlyNpm: string[]; onlyOther: string[] }>
> = {
  'yarn 1': {
    'next@16.4.5': {
      onlyNpm: ['react-dom@19.3.1', 'react@19.3.1'],
      onlyOther: [],
    },
    'react-dom@19.3.1': {
      onlyNpm: ['react@19.3.1'],
      onlyOther: [],
    },
    '@babel/preset-env@7.29.14': {
      onlyNpm: ['@babel/core@7.29.13'],
      onlyOther: [],
    },
    '@storybook/react@8.6.19': {
      onlyNpm: ['react-dom@19.3.1', 'react@19.3.1', 'storybook@8.6.19', 'typescript@5.9.3'],
      onlyOther: [],
    },
    '@testing-library/react@16.3.3': {
      onlyNpm: ['@testing-library/dom@10.4.2', '@types/react@19.3.0', 'react-dom@19.3.1', 'react@19.3.1'],
      onlyOther: [],
    },
    '@vitejs/plugin-react@4.7.0': {
      onlyNpm: ['vite@6.4.6'],
      onlyOther: [],
    },
    'autoprefixer@10.6.2': {
      onlyNpm: ['postcss@8.5.33'],
      onlyOther: [],
    },
    'babel-loader@9.2.1': {
      onlyNpm: ['@babel/core@7.29.13', 'webpack@5.112.2'],
      onlyOther: [],
    },
    'eslint@9.39.5': {
      onlyNpm: ['jiti@1.21.7'],
      onlyOther: [],
    },
    'eslint-config-next@16.4.5': {
      onlyNpm: ['eslint@9.39.5', 'typescript@5.9.3'],
      onlyOther: [],
    },
    'ts-jest@29.4.15': {
      onlyNpm: [
        '@babel/core@7.29.13',
        '@jest/transform@29.7.0',
        '@jest/types@29.6.3',
        'babel-jest@29.7.0',
        'jest-util@29.7.0',
        'jest@29.7.0',
        'typescript@5.9.3',
      ],
      onlyOther: [],
    },
    'typescript-eslint@8.73.0': {
      onlyNpm: ['eslint@9.39.5', 'typescript@5.9.3'],
      onlyOther: [],
    },
    'vite@6.4.6': {
      onlyNpm: ['@types/node@22.20.5', 'jiti@1.21.7', 'terser@5.51.2'],
      onlyOther: [],
    },
    'vitest@2.1.9': {
      onlyNpm: ['@types/node@22.20.5'],
      onlyOther: [],
    },
    'webpack-cli@6.0.1': {
      onlyNpm: ['webpack@5.112.2'],
      onlyOther: [],
    },
  },
  'yarn 4': {
    '@storybook/react@8.6.19': { onlyNpm: ['storybook@8.6.19'], onlyOther: [] },
    '@testing-library/react@16.3.3': { onlyNpm: ['@testing-library/dom@10.4.2'], onlyOther: [] },
    'typescript@5.9.3': { onlyNpm: [], onlyOther: ['typescript@5.9.3'] },
  },
  'pnpm 9': {
    'ts-jest@29.4.15': { onlyNpm: [], onlyOther: ['esbuild@0.25.12'] },
    'webpack@5.112.2': { onlyNpm: [], onlyOther: ['webpack-cli@6.0.1'] },
  },
  'bun 1.4': {
    'winston@3.19.0': { onlyNpm: ['@colors/colors@1.6.1'], onlyOther: ['@colors/colors@1.6.0'] },
    'eslint@9.39.5': {
      onlyNpm: ['@eslint-community/eslint-utils@4.10.1'],
      onlyOther: ['@eslint-community/eslint-utils@4.9.1'],
    },
    'ts-jest@29.4.15': { onlyNpm: [], onlyOther: ['esbuild@0.25.12'] },
    'webpack@5.112.2': { onlyNpm: [], onlyOther: ['webpack-cli@6.0.1'] },
  },
}
