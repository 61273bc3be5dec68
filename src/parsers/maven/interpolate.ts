// ${...} expressions in POMs, resolved as Maven's model interpolation does: project.* / pom.* model values
// first, then properties (inherited ones included, the child's win), then the build's system properties.
// env.* is never read: the result must not depend on the machine.

/** Looks a name up; undefined when unknown. */
export type Lookup = (name: string) => string | undefined

const EXPR = /\$\{([^${}]+)\}/g
const MAX_DEPTH = 32
/** Longest value a property may expand to: properties that double at each level are an expansion bomb. */
const MAX_LENGTH = 65_536

export interface Interpolator {
  /** The text with every known expression replaced; unknown ones are left as written and recorded. */
  (value: string): string
  /** Expressions that could not be resolved, in the order met. */
  unresolved: Set<string>
}

/**
 * An interpolator over `lookup`. Values of properties are themselves interpolated (recursively); a cycle
 * (a → b → a) leaves the expression as written.
 */
export function interpolator(lookup: Lookup): Interpolator {
  const cache = new Map<string, string | undefined>()
  const active = new Set<string>()
  const unresolved = new Set<string>()
  /** Times a limit (depth, length) stopped an expansion: what depends on one is unresolved as a whole. */
  let limits = 0

  const resolveName = (name: string, depth: number): string | undefined => {
    if (cache.has(name)) return cache.get(name)
    if (active.has(name) || depth > MAX_DEPTH) {
      limits++
      return undefined
    }
    const raw = lookup(name)
    if (raw === undefined) return undefined
    active.add(name)
    const before = limits
    const expanded = raw.includes('${') ? expand(raw, depth + 1) : raw
    active.delete(name)
    if (expanded.length > MAX_LENGTH) limits++
    const value = limits > before ? undefined : expanded
    cache.set(name, value)
    return value
  }

  const expand = (value: string, depth: number): string => {
    let length = value.length
    const out = value.replace(EXPR, (whole, name: string) => {
      const v = length > MAX_LENGTH ? undefined : resolveName(name.trim(), depth)
      if (v === undefined) {
        unresolved.add(name.trim())
        return whole
      }
      length += v.length
      return v
    })
    if (length > MAX_LENGTH) {
      limits++
      return value
    }
    return out
  }

  const fn = ((value: string) => (value.includes('${') ? expand(value, 0) : value)) as Interpolator
  fn.unresolved = unresolved
  return fn
}

/** True when a value still holds an expression. */
export function hasExpression(value: string | undefined): boolean {
  return value !== undefined && /\$\{[^}]*\}/.test(value)
}
