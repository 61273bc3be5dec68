// A Maven repository over HTTP for the tests: files of a folder in the repository layout, served by node:http
// on 127.0.0.1, with a log of the requests and faults to inject per path.
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, normalize } from 'node:path'

export const MAVEN_TESTDATA = join(import.meta.dirname, '..', 'testdata', 'maven')
export const REPOSITORY = join(MAVEN_TESTDATA, 'repository')

/** What to answer instead of the file: a status, a body, or a dropped connection. */
export type Fault = { status: number; body?: string } | { body: string } | 'drop'

export interface RepoServer {
  url: string
  /** Paths requested (without the leading slash), in order. */
  requests: string[]
  /** Requested paths that were not served (404 or a fault). */
  notServed: string[]
  /** The Authorization header of each request ("" when none), in order. */
  authorizations: string[]
  close(): Promise<void>
}

export async function startRepoServer(
  dirs: string | string[] = REPOSITORY,
  faults: (path: string) => Fault | undefined = () => undefined,
  extra: Record<string, string> = {},
): Promise<RepoServer> {
  const roots = Array.isArray(dirs) ? dirs : [dirs]
  const requests: string[] = []
  const notServed: string[] = []
  const authorizations: string[] = []
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '')
    requests.push(path)
    authorizations.push(req.headers.authorization ?? '')
    const fault = faults(path)
    if (fault === 'drop') {
      notServed.push(path)
      req.socket.destroy()
      return
    }
    if (fault) {
      notServed.push(path)
      res.statusCode = 'status' in fault ? fault.status : 200
      res.end(fault.body ?? '')
      return
    }
    if (extra[path] !== undefined) {
      res.end(extra[path])
      return
    }
    for (const root of roots) {
      const file = normalize(join(root, path))
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
        res.setHeader('content-type', 'text/xml')
        res.end(readFileSync(file))
        return
      }
    }
    notServed.push(path)
    res.statusCode = 404
    res.end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    notServed,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A URL where nothing listens (a repository that is down). */
export async function deadUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
