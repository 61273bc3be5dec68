// JSON text written as a list of pieces joined per element. Concatenating as one goes builds a tree of small
// strings per element that lives until the end and makes the garbage collector copy it again and again; the
// pieces here are mostly the graph's own strings and literals, so next to nothing new is allocated.
// eslint-disable-next-line no-control-regex -- the characters JSON escapes
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/

export class JsonParts {
  private readonly parts: string[] = []
  /** Text of the elements done (see end()). */
  private readonly done: string[] = []
  private elements = 0

  /** JSON text as it is. */
  raw(text: string): void {
    this.parts.push(text)
  }

  /** Several pieces of JSON text. */
  raws(a: string, b: string, c?: string, d?: string, e?: string): void {
    this.parts.push(a, b)
    if (c !== undefined) this.parts.push(c)
    if (d !== undefined) this.parts.push(d)
    if (e !== undefined) this.parts.push(e)
  }

  /** A string value: quoted, and escaped as JSON.stringify does when it needs it. */
  str(s: string): void {
    if (PLAIN.test(s)) this.parts.push('"', s, '"')
    else this.parts.push(JSON.stringify(s))
  }

  /** `,"key":"value"`. */
  field(key: string, value: string): void {
    this.parts.push(key)
    this.str(value)
  }

  /**
   * The end of an element. Every few hundred elements, their pieces become one flat string: the pieces die
   * young, which is cheap to collect, the strings are large enough to be allocated where the collector does
   * not copy them, and the final join copies a few hundred strings rather than millions of pieces.
   */
  end(): void {
    if (++this.elements % 256 === 0) this.flush()
  }

  private flush(): void {
    this.done.push(this.parts.join(''))
    this.parts.length = 0
  }

  text(): string {
    this.flush()
    return this.done.join('')
  }
}

/** A string as JSON, the same text JSON.stringify gives. */
export function str(s: string): string {
  return PLAIN.test(s) ? `"${s}"` : JSON.stringify(s)
}
