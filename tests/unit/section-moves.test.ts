import fc from 'fast-check';
import {
  applyMoves,
  buttonMove,
  dropMove,
  layoutOf,
  Layout,
  MoveRefusal,
  TOP,
  TreeNodeLike,
  type ButtonAction,
  type DropZone,
} from '../../shared/section-moves';

/**
 * What a move in the section tree means (shared by the admin, which turns drops and buttons into moves,
 * and the server, which applies them before writing): each case below is a drop or a button, applied as
 * the server applies it.
 */

/** ['a', ['a1', 'a2'], 'b'] → a holds a1 and a2; then b. Titles are the ids in capitals. */
type Outline = (string | Outline)[];
const tree = (outline: Outline): TreeNodeLike[] => {
  const nodes: TreeNodeLike[] = [];
  for (const entry of outline) {
    if (Array.isArray(entry)) nodes[nodes.length - 1].children = tree(entry);
    else nodes.push({ documentId: entry, title: entry.toUpperCase(), children: [] });
  }
  return nodes;
};
const outlineOf = (layout: Layout, parent = TOP): Outline =>
  (layout.siblings.get(parent) ?? []).flatMap((id) => {
    const children = outlineOf(layout, id);
    return children.length ? [id, children] : [id];
  });

const START: Outline = ['a', ['a1', 'a2', ['a2x'], 'a3'], 'b', 'c', ['c1']];
const start = () => layoutOf(tree(START));
const after = (move: ReturnType<typeof dropMove>, maxDepth = 6) => outlineOf(applyMoves(start(), [move!], maxDepth).layout);

describe('a drop on a row: before it, after it, or first inside it', () => {
  test.each<[string, string, DropZone, Outline]>([
    ['b', 'a', 'before', ['b', 'a', ['a1', 'a2', ['a2x'], 'a3'], 'c', ['c1']]],
    ['a', 'c', 'after', ['b', 'c', ['c1'], 'a', ['a1', 'a2', ['a2x'], 'a3']]],
    ['a', 'b', 'after', ['b', 'a', ['a1', 'a2', ['a2x'], 'a3'], 'c', ['c1']]],
    ['a3', 'a1', 'before', ['a', ['a3', 'a1', 'a2', ['a2x']], 'b', 'c', ['c1']]],
    ['a1', 'a3', 'before', ['a', ['a2', ['a2x'], 'a1', 'a3'], 'b', 'c', ['c1']]],
    ['c1', 'a2', 'after', ['a', ['a1', 'a2', ['a2x'], 'c1', 'a3'], 'b', 'c']],
    ['b', 'a2', 'inside', ['a', ['a1', 'a2', ['b', 'a2x'], 'a3'], 'c', ['c1']]],
    ['a', 'c', 'inside', ['b', 'c', ['a', ['a1', 'a2', ['a2x'], 'a3'], 'c1']]],
    ['a2x', 'b', 'before', ['a', ['a1', 'a2', 'a3'], 'a2x', 'b', 'c', ['c1']]],
  ])('%s onto %s (%s)', (dragged, target, zone, expected) => {
    expect(after(dropMove(start(), dragged, target, zone))).toEqual(expected);
  });

  test.each<[string, DropZone, string]>([
    ['a', 'inside', 'a'],
    ['a', 'inside', 'a2x'],
    ['a', 'before', 'a1'],
    ['a', 'before', 'b'],
    ['b', 'after', 'a'],
    ['a1', 'inside', 'a'],
    ['a2', 'after', 'a1'],
  ])('%s dropped %s %s changes nothing: no move', (dragged, zone, target) => {
    expect(dropMove(start(), dragged, target, zone)).toBeNull();
  });
});

describe('the buttons: up, down, out of the parent, into the section above', () => {
  test.each<[string, ButtonAction, Outline | null]>([
    ['b', 'up', ['b', 'a', ['a1', 'a2', ['a2x'], 'a3'], 'c', ['c1']]],
    ['a', 'up', null],
    ['a2', 'down', ['a', ['a1', 'a3', 'a2', ['a2x']], 'b', 'c', ['c1']]],
    ['a3', 'down', null],
    ['a2', 'outdent', ['a', ['a1', 'a3'], 'a2', ['a2x'], 'b', 'c', ['c1']]],
    ['a2x', 'outdent', ['a', ['a1', 'a2', 'a2x', 'a3'], 'b', 'c', ['c1']]],
    ['b', 'outdent', null],
    ['b', 'indent', ['a', ['a1', 'a2', ['a2x'], 'a3', 'b'], 'c', ['c1']]],
    ['a3', 'indent', ['a', ['a1', 'a2', ['a2x', 'a3']], 'b', 'c', ['c1']]],
    ['a1', 'indent', null],
  ])('%s %s', (id, action, expected) => {
    const move = buttonMove(start(), id, action);
    expect(move ? after(move) : null).toEqual(expected);
  });
});

describe('refused moves name the sections and the rule', () => {
  const refusal = (moves: Parameters<typeof applyMoves>[1], maxDepth = 6) => {
    try {
      applyMoves(start(), moves, maxDepth, 'this policy');
    } catch (error) {
      if (error instanceof MoveRefusal) return [error.rule, error.message, error.path.join('.')];
      throw error;
    }
    return null;
  };

  test('a section under itself or one of its subsections', () => {
    expect(refusal([{ documentId: 'a', parent: 'a', position: 0 }])).toEqual(['cycle', '“A” cannot be its own parent', 'moves.0.parent']);
    expect(refusal([{ documentId: 'a', parent: 'a2x', position: 0 }])).toEqual([
      'cycle',
      '“A” cannot go under “A2X”, one of its own subsections',
      'moves.0.parent',
    ]);
  });

  test('a section or a parent outside the tree', () => {
    expect(refusal([{ documentId: 'z', parent: null, position: 0 }])).toEqual([
      'not-in-tree',
      'section "z" is not in the section tree of this policy',
      'moves.0.documentId',
    ]);
    expect(refusal([{ documentId: 'a', parent: 'z', position: 0 }])).toEqual([
      'not-in-tree',
      'section "z" is not in the section tree of this policy',
      'moves.0.parent',
    ]);
  });

  test('deeper than the maximum, counting the subsections the moved section takes along', () => {
    // a2 (which holds a2x) under c1 is level 3 itself; a2x would be level 4.
    expect(refusal([{ documentId: 'a2', parent: 'c1', position: 0 }], 3)).toEqual([
      'max-depth',
      '“A2” cannot go under “C1”: sections nest at most 3 levels deep',
      'moves.0.parent',
    ]);
    expect(refusal([{ documentId: 'a2', parent: 'c1', position: 0 }], 4)).toBeNull();
    // The second of two moves is the one that goes too deep.
    expect(
      refusal(
        [
          { documentId: 'b', parent: 'c', position: 0 },
          { documentId: 'a', parent: 'c1', position: 0 },
        ],
        4,
      ),
    ).toEqual(['max-depth', '“A” cannot go under “C1”: sections nest at most 4 levels deep', 'moves.1.parent']);
  });

  test('moves apply in order, each counted on the tree the previous ones left', () => {
    const { layout, touched } = applyMoves(
      start(),
      [
        { documentId: 'c', parent: null, position: 0 },
        { documentId: 'a2', parent: 'c', position: 5 },
      ],
      6,
    );
    expect(outlineOf(layout)).toEqual(['c', ['c1', 'a2', ['a2x']], 'a', ['a1', 'a3'], 'b']);
    expect([...touched].sort()).toEqual([TOP, 'a', 'c'].sort());
  });
});

/** Random trees of up to 12 sections, up to 4 levels. */
const randomTree = fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 12 }).map((parents) => {
  // Section i hangs under an earlier section or the top level, at most 4 levels down.
  const nodes: TreeNodeLike[] = parents.map((_, index) => ({ documentId: `s${index}`, title: `S${index}`, children: [] }));
  const level: number[] = [];
  const roots: TreeNodeLike[] = [];
  parents.forEach((choice, index) => {
    const parent = choice < index && level[choice] < 4 ? choice : -1;
    level[index] = parent < 0 ? 1 : level[parent] + 1;
    (parent < 0 ? roots : nodes[parent].children).push(nodes[index]);
  });
  return roots;
});

test('any button or drop on any tree keeps every section exactly once, and never nests one inside itself', () => {
  fc.assert(
    fc.property(
      randomTree,
      fc.nat(),
      fc.nat(),
      fc.constantFrom<ButtonAction | DropZone>('up', 'down', 'indent', 'outdent', 'before', 'inside', 'after'),
      (roots, pick, pickTarget, gesture) => {
        const layout = layoutOf(roots);
        const ids = [...layout.parentOf.keys()];
        const id = ids[pick % ids.length];
        const target = ids[pickTarget % ids.length];
        const move = ['before', 'inside', 'after'].includes(gesture)
          ? dropMove(layout, id, target, gesture as DropZone)
          : buttonMove(layout, id, gesture as ButtonAction);
        if (!move) return;
        let result: Layout;
        try {
          result = applyMoves(layout, [move], 100).layout;
        } catch (error) {
          // The admin never makes a move that is a cycle or names an unknown section.
          throw new Error(`refused: ${(error as Error).message}`);
        }
        const listed = [...result.siblings.values()].flat();
        expect(listed.sort()).toEqual([...ids].sort());
        for (const [child, parent] of result.parentOf) {
          expect(result.siblings.get(parent)).toContain(child);
          let ancestor = parent;
          for (let steps = 0; ancestor !== TOP; steps += 1) {
            expect(ancestor).not.toBe(child);
            expect(steps).toBeLessThan(ids.length);
            ancestor = result.parentOf.get(ancestor)!;
          }
        }
        // The move did something: the section is where the move says.
        expect(result.parentOf.get(move.documentId)).toBe(move.parent ?? TOP);
        expect(result.siblings.get(move.parent ?? TOP)!.indexOf(move.documentId)).toBe(move.position);
      },
    ),
    { numRuns: 500 },
  );
});
