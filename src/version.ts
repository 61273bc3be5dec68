// lockgraph's own version: set by the build from package.json (see scripts/build.mjs).
declare const __LOCKGRAPH_VERSION__: string | undefined

export const VERSION: string = typeof __LOCKGRAPH_VERSION__ === 'string' ? __LOCKGRAPH_VERSION__ : '0.0.0-dev'
