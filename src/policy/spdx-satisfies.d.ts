// spdx-satisfies 6 ships no types.
declare module 'spdx-satisfies' {
  /** Whether the SPDX expression is satisfied by the approved licenses (single licenses, no AND / OR). */
  function satisfies(expression: string, approved: string[]): boolean
  export = satisfies
}
