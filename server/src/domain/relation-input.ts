export type RelationRef = { id?: number; documentId?: string };

/**
 * What a write does to a to-one relation, whatever shape the caller used
 * (an id, a documentId, { connect }, { set }, { disconnect }, or null).
 */
export type ToOneChange = { kind: 'untouched' } | { kind: 'cleared' } | { kind: 'set'; ref: RelationRef };

const toRef = (value: unknown): RelationRef | null => {
  if (typeof value === 'number') return { id: value };
  if (typeof value === 'string') return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  if (value && typeof value === 'object') {
    const { id, documentId } = value as RelationRef;
    if (id !== undefined || documentId !== undefined) return { id, documentId };
  }
  return null;
};

export const readToOneChange = (value: unknown): ToOneChange => {
  if (value === undefined) return { kind: 'untouched' };
  if (value === null) return { kind: 'cleared' };
  if (Array.isArray(value)) {
    const ref = value.length ? toRef(value[value.length - 1]) : null;
    return ref ? { kind: 'set', ref } : { kind: 'cleared' };
  }
  const direct = toRef(value);
  if (direct) return { kind: 'set', ref: direct };
  const { connect, set, disconnect } = value as { connect?: unknown[]; set?: unknown[]; disconnect?: unknown[] };
  const chosen = (set ?? connect ?? []) as unknown[];
  if (chosen.length) {
    const ref = toRef(chosen[chosen.length - 1]);
    if (ref) return { kind: 'set', ref };
  }
  if (set || disconnect?.length) return { kind: 'cleared' };
  return { kind: 'untouched' };
};
