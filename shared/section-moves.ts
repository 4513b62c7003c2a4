import type { SectionMove } from './contracts/admin';

/**
 * What a move in a policy's section tree means, in one place for the admin (which turns a drop or a
 * button into a move) and the server (which applies the moves before writing them): a section goes under
 * its new parent (the top level when null) at its new position among its new siblings, counted after it
 * has left its old place, and takes its subsections with it. Pure code: no Strapi, no React.
 */

/** The top level of the tree, as a key of the sibling lists. */
export const TOP = '';

export interface TreeNodeLike {
  documentId: string;
  title: string;
  children: TreeNodeLike[];
}

/** The tree as sibling lists: each section's parent (TOP for the top level), each parent's children in order, each section's title. */
export interface Layout {
  parentOf: Map<string, string>;
  siblings: Map<string, string[]>;
  titles: Map<string, string>;
}

export type RefusalRule = 'not-in-tree' | 'cycle' | 'max-depth';

/** A move the tree's rules refuse: `rule` says which, `path` points at the move in the request, the message names the sections. */
export class MoveRefusal extends Error {
  constructor(
    message: string,
    readonly rule: RefusalRule,
    readonly path: string[],
  ) {
    super(message);
  }
}

export const layoutOf = (roots: TreeNodeLike[]): Layout => {
  const layout: Layout = { parentOf: new Map(), siblings: new Map(), titles: new Map() };
  const visit = (nodes: TreeNodeLike[], parent: string) => {
    layout.siblings.set(
      parent,
      nodes.map((node) => node.documentId),
    );
    for (const node of nodes) {
      layout.parentOf.set(node.documentId, parent);
      layout.titles.set(node.documentId, node.title);
      visit(node.children, node.documentId);
    }
  };
  visit(roots, TOP);
  return layout;
};

const copyOf = (layout: Layout): Layout => ({
  parentOf: new Map(layout.parentOf),
  siblings: new Map([...layout.siblings].map(([parent, ids]) => [parent, [...ids]])),
  titles: layout.titles,
});

/** 1 for a top-level section. */
export const levelOf = (layout: Layout, id: string) => {
  let level = 1;
  for (let ancestor = layout.parentOf.get(id) ?? TOP; ancestor !== TOP; ancestor = layout.parentOf.get(ancestor) ?? TOP) level += 1;
  return level;
};

/** The level of the deepest section in `id`'s subtree, `id` included. */
const deepestUnder = (layout: Layout, id: string): number =>
  Math.max(levelOf(layout, id), ...(layout.siblings.get(id) ?? []).map((child) => deepestUnder(layout, child)));

/** True when `id` is `ancestor` or one of its subsections. */
export const isWithin = (layout: Layout, ancestor: string, id: string) => {
  for (let current = id; current !== TOP && current !== undefined; current = layout.parentOf.get(current) ?? TOP) {
    if (current === ancestor) return true;
  }
  return false;
};

const quoted = (layout: Layout, id: string) => `“${layout.titles.get(id) ?? id}”`;

/**
 * Applies the moves in order to a copy of the layout and returns it, with the parents whose lists
 * changed. Refuses a section or parent outside the tree, a section under itself or one of its
 * subsections, and a result deeper than `maxDepth` levels (subsections included).
 */
export const applyMoves = (layout: Layout, moves: SectionMove[], maxDepth: number, scope = 'this policy') => {
  const after = copyOf(layout);
  const touched = new Set<string>();
  moves.forEach((move, at) => {
    const path = ['moves', String(at)];
    const parent = move.parent ?? TOP;
    if (!after.parentOf.has(move.documentId)) {
      throw new MoveRefusal(`section "${move.documentId}" is not in the section tree of ${scope}`, 'not-in-tree', [...path, 'documentId']);
    }
    if (parent !== TOP && !after.parentOf.has(parent)) {
      throw new MoveRefusal(`section "${parent}" is not in the section tree of ${scope}`, 'not-in-tree', [...path, 'parent']);
    }
    if (parent !== TOP && isWithin(after, move.documentId, parent)) {
      throw new MoveRefusal(
        parent === move.documentId
          ? `${quoted(after, move.documentId)} cannot be its own parent`
          : `${quoted(after, move.documentId)} cannot go under ${quoted(after, parent)}, one of its own subsections`,
        'cycle',
        [...path, 'parent'],
      );
    }
    const from = after.parentOf.get(move.documentId)!;
    after.siblings.set(
      from,
      (after.siblings.get(from) ?? []).filter((id) => id !== move.documentId),
    );
    const into = [...(after.siblings.get(parent) ?? [])];
    into.splice(Math.min(move.position, into.length), 0, move.documentId);
    after.siblings.set(parent, into);
    after.parentOf.set(move.documentId, parent);
    touched.add(from).add(parent);
  });
  moves.forEach((move, at) => {
    if (deepestUnder(after, move.documentId) > maxDepth) {
      const under = move.parent ? `under ${quoted(after, move.parent)}` : 'there';
      throw new MoveRefusal(
        `${quoted(after, move.documentId)} cannot go ${under}: sections nest at most ${maxDepth} levels deep`,
        'max-depth',
        ['moves', String(at), 'parent'],
      );
    }
  });
  return { layout: after, touched };
};

/** Where a dragged section lands on a row: before or after it among its siblings, or first inside it. */
export type DropZone = 'before' | 'inside' | 'after';

/** The move a drop makes; null when it would change nothing or put a section inside itself. */
export const dropMove = (layout: Layout, dragged: string, target: string, zone: DropZone): SectionMove | null => {
  if (!layout.parentOf.has(dragged) || !layout.parentOf.has(target) || isWithin(layout, dragged, target)) return null;
  const from = layout.parentOf.get(dragged)!;
  const fromIndex = (layout.siblings.get(from) ?? []).indexOf(dragged);
  if (zone === 'inside') {
    if (from === target && fromIndex === 0) return null;
    return { documentId: dragged, parent: target, position: 0 };
  }
  const parent = layout.parentOf.get(target)!;
  const targetIndex = (layout.siblings.get(parent) ?? []).indexOf(target);
  let position = targetIndex + (zone === 'after' ? 1 : 0);
  // Counted after the dragged section has left its place.
  if (from === parent && fromIndex < targetIndex) position -= 1;
  if (from === parent && position === fromIndex) return null;
  return { documentId: dragged, parent: parent === TOP ? null : parent, position };
};

/** The keyboard's moves: up or down among the siblings, out of the parent (just after it), into the section above (last). */
export type ButtonAction = 'up' | 'down' | 'outdent' | 'indent';

/** The move a button makes; null when it does not apply (up from the first place, out of the top level…). */
export const buttonMove = (layout: Layout, id: string, action: ButtonAction): SectionMove | null => {
  const parent = layout.parentOf.get(id);
  if (parent === undefined) return null;
  const siblings = layout.siblings.get(parent) ?? [];
  const index = siblings.indexOf(id);
  const asParent = parent === TOP ? null : parent;
  switch (action) {
    case 'up':
      return index > 0 ? { documentId: id, parent: asParent, position: index - 1 } : null;
    case 'down':
      return index < siblings.length - 1 ? { documentId: id, parent: asParent, position: index + 1 } : null;
    case 'indent': {
      const previous = siblings[index - 1];
      return previous ? { documentId: id, parent: previous, position: (layout.siblings.get(previous) ?? []).length } : null;
    }
    case 'outdent': {
      if (parent === TOP) return null;
      const grandparent = layout.parentOf.get(parent) ?? TOP;
      const parentIndex = (layout.siblings.get(grandparent) ?? []).indexOf(parent);
      return { documentId: id, parent: grandparent === TOP ? null : grandparent, position: parentIndex + 1 };
    }
  }
};
