/**
 * The container structure of a valibot schema: which keys each object knows and what each list
 * holds. The validator's first pass (`sanitize.ts`) walks the input alongside it, so the keys it
 * keeps are exactly the schema's.
 */
export type Shape =
  | { readonly kind: 'object'; readonly entries: ReadonlyMap<string, Shape> }
  | { readonly kind: 'array'; readonly item: Shape }
  | { readonly kind: 'value' };

/** The parts of a valibot schema that tell its structure: what `optional` wraps, `object`, `array`. */
interface SchemaNode {
  readonly wrapped?: unknown;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly item?: unknown;
}

const VALUE: Shape = { kind: 'value' };

export function shapeOf(schema: SchemaNode): Shape {
  if (schema.wrapped) return shapeOf(schema.wrapped as SchemaNode);
  if (schema.entries) {
    const entries = new Map<string, Shape>();
    for (const [key, entry] of Object.entries(schema.entries)) entries.set(key, shapeOf(entry as SchemaNode));
    return { kind: 'object', entries };
  }
  if (schema.item) return { kind: 'array', item: shapeOf(schema.item as SchemaNode) };
  return VALUE;
}
