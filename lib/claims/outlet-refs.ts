// Outlet slugs named in a request (the claim table's `cols` and `outlet`, the export's
// `outlet-page`) must name outlets that exist: an unknown one is the caller's mistake, to be
// answered with 400, not dropped (cols) or answered with an empty view (outlet).
export type OutletRefs = { cols?: readonly string[] | null; outlet?: string | null; 'outlet-page'?: string | null };

/** Per parameter, the unknown slugs it names; null when every slug is known. */
export function unknownOutletErrors(refs: OutletRefs, known: ReadonlySet<string>): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  const check = (key: keyof OutletRefs, slugs: readonly string[]) => {
    const unknown = slugs.filter((slug) => !known.has(slug));
    if (unknown.length) errors[key] = [`no outlet with slug ${unknown.map((s) => JSON.stringify(s)).join(', ')}`];
  };
  if (refs.cols) check('cols', refs.cols);
  if (refs.outlet) check('outlet', [refs.outlet]);
  if (refs['outlet-page']) check('outlet-page', [refs['outlet-page']]);
  return Object.keys(errors).length ? errors : null;
}
