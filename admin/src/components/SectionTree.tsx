import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Box, Flex, IconButton, Link, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp, Drag } from '@strapi/icons';
import styled, { css } from 'styled-components';
import type { SectionMove, TreeSection } from '../../../shared/contracts/admin';
import { buttonMove, dropMove, isWithin, layoutOf, type ButtonAction, type DropZone, type Layout } from '../../../shared/section-moves';
import { useTranslate } from './use-translate';
import { useFormatPeriod } from './format-date';
import { editViewPath, UIDS } from './edit-links';
import { ruleErrors, useErrorNotification, useQueryErrorNotification } from './api-errors';
import { useGetPolicyTreeQuery, useMovePolicySectionsMutation } from '../services/api';
import english from '../translations/en.json';

type Zone = DropZone;
type Action = ButtonAction;

interface Place {
  node: TreeSection;
  parent: TreeSection | null;
  siblings: TreeSection[];
  index: number;
}

const KNOWN: Record<string, string> = english;

/** Where each section sits: its parent, its siblings and its index among them. */
const placesOf = (sections: TreeSection[]) => {
  const places = new Map<string, Place>();
  const visit = (nodes: TreeSection[], parent: TreeSection | null) =>
    nodes.forEach((node, index) => {
      places.set(node.documentId, { node, parent, siblings: nodes, index });
      visit(node.children, node);
    });
  visit(sections, null);
  return places;
};

interface TreeContextValue {
  locale: string;
  canMove: boolean;
  busy: boolean;
  places: Map<string, Place>;
  layout: Layout;
  target: { documentId: string; zone: Zone } | null;
  onAction(id: string, action: Action): void;
}

const TreeContext = createContext<TreeContextValue | null>(null);
const useTree = () => useContext(TreeContext)!;

const Branch = styled.ol<{ $nested: boolean }>`
  list-style: none;
  margin: 0;
  padding: 0;
  ${({ $nested, theme }) =>
    $nested &&
    css`
      margin-left: 2.4rem;
      padding-left: 1.2rem;
      border-left: 2px solid ${theme.colors.neutral200};
    `}
`;

const Row = styled(Flex)<{ $zone: Zone | null; $dragging: boolean }>`
  border-radius: ${({ theme }) => theme.borderRadius};
  border: 1px solid transparent;
  opacity: ${({ $dragging }) => ($dragging ? 0.4 : 1)};
  &:hover,
  &:focus-within {
    background: ${({ theme }) => theme.colors.neutral100};
  }
  ${({ $zone, theme }) =>
    $zone === 'inside' &&
    css`
      background: ${theme.colors.primary100};
      border-color: ${theme.colors.primary600};
    `}
  ${({ $zone, theme }) =>
    $zone === 'before' &&
    css`
      box-shadow: inset 0 3px 0 ${theme.colors.primary600};
    `}
  ${({ $zone, theme }) =>
    $zone === 'after' &&
    css`
      box-shadow: inset 0 -3px 0 ${theme.colors.primary600};
    `}
`;

const Handle = styled.span`
  display: flex;
  align-items: center;
  justify-content: center;
  width: 3.2rem;
  height: 3.2rem;
  flex-shrink: 0;
  cursor: grab;
  touch-action: none;
  border-radius: ${({ theme }) => theme.borderRadius};
  color: ${({ theme }) => theme.colors.neutral600};
  &:hover {
    background: ${({ theme }) => theme.colors.neutral150};
  }
`;

/** The facts a section states, at a glance: data collected, legal bases, processors, retention rules. */
const Facts = ({ section }: { section: TreeSection }) => {
  const t = useTranslate();
  const period = useFormatPeriod();
  const facts: { kind: string; label: string; text: string }[] = [];
  if (section.dataCollected.length) facts.push({ kind: 'data', label: t('tree.facts.data'), text: section.dataCollected.join(', ') });
  if (section.legalBases.length)
    facts.push({
      kind: 'bases',
      label: t('tree.facts.bases'),
      text: section.legalBases.map((basis) => (basis.article ? `${basis.name} (${basis.article})` : basis.name)).join(', '),
    });
  if (section.processors.length)
    facts.push({ kind: 'processors', label: t('tree.facts.processors'), text: section.processors.map((entry) => entry.name).join(', ') });
  if (section.retentionRules.length)
    facts.push({
      kind: 'retention',
      label: t('tree.facts.retention'),
      text: section.retentionRules.map((rule) => (rule.period ? `${rule.name} (${period(rule.period)})` : rule.name)).join(', '),
    });
  if (!facts.length) return null;
  return (
    <Box tag="ul" paddingTop={1}>
      {facts.map((fact) => (
        <Box tag="li" key={fact.kind} data-fact={fact.kind}>
          <Typography textColor="neutral600">
            <Typography fontWeight="semiBold" textColor="neutral700">
              {fact.label}:
            </Typography>{' '}
            {fact.text}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

const MoveButton = ({ section, action, label, icon }: { section: TreeSection; action: Action; label: string; icon: React.ReactNode }) => {
  const { layout, busy, onAction } = useTree();
  // A move that does not apply here (up from the first place, out of the top level) leaves an empty slot, so the buttons line up.
  if (!buttonMove(layout, section.documentId, action)) return <Box width="3.2rem" height="3.2rem" flex="0 0 auto" />;
  return (
    // The plugin bundles its own design system, outside the admin's tooltip provider: the label is the button's name and title.
    <IconButton
      label={label}
      title={label}
      withTooltip={false}
      variant="tertiary"
      disabled={busy}
      onClick={() => onAction(section.documentId, action)}
      data-move={action}
    >
      {icon}
    </IconButton>
  );
};

const SectionRow = ({ section }: { section: TreeSection }) => {
  const t = useTranslate();
  const { locale, canMove, busy, places, target } = useTree();
  const { setNodeRef: dropRef } = useDroppable({ id: section.documentId, disabled: !canMove });
  // The whole row is what moves; only its handle starts a drag.
  const {
    setNodeRef: dragRef,
    setActivatorNodeRef,
    listeners,
    isDragging,
  } = useDraggable({
    id: section.documentId,
    disabled: !canMove || busy,
  });
  const place = places.get(section.documentId)!;
  const previous = place.siblings[place.index - 1];
  const named = section.category && KNOWN[`category.${section.category}`] ? t(`category.${section.category}`) : section.category;
  // "Summary" in category Summary: once is enough.
  const category = named && named.toLowerCase() !== section.title.toLowerCase() ? named : null;
  return (
    <Row
      ref={(node: HTMLElement | null) => {
        dropRef(node);
        dragRef(node);
      }}
      gap={2}
      padding={2}
      alignItems="flex-start"
      $zone={target?.documentId === section.documentId ? target.zone : null}
      $dragging={isDragging}
      data-section-row
    >
      {canMove && (
        // The buttons are the keyboard's way to move a section; the handle is for the pointer only.
        <Handle ref={setActivatorNodeRef} {...listeners} aria-hidden title={t('tree.dragHandle')} data-drag-handle={section.slug}>
          <Drag />
        </Handle>
      )}
      <Box flex="1" minWidth={0} paddingTop={canMove ? 1 : 0}>
        <Flex gap={2} wrap="wrap" alignItems="baseline">
          <Link tag={RouterLink} to={editViewPath(UIDS.section, section.documentId, locale)} data-section-link>
            {section.title}
          </Link>
          {category && <Typography textColor="neutral600">{category}</Typography>}
        </Flex>
        <Facts section={section} />
      </Box>
      {canMove && (
        <Flex gap={1} shrink={0}>
          <MoveButton section={section} action="up" label={t('tree.moveUp', { title: section.title })} icon={<ArrowUp />} />
          <MoveButton section={section} action="down" label={t('tree.moveDown', { title: section.title })} icon={<ArrowDown />} />
          <MoveButton
            section={section}
            action="outdent"
            label={t('tree.outdent', { title: section.title, parent: place.parent?.title ?? '' })}
            icon={<ArrowLeft />}
          />
          <MoveButton
            section={section}
            action="indent"
            label={t('tree.indent', { title: section.title, previous: previous?.title ?? '' })}
            icon={<ArrowRight />}
          />
        </Flex>
      )}
    </Row>
  );
};

const Sections = ({ nodes, nested }: { nodes: TreeSection[]; nested: boolean }) => (
  <Branch $nested={nested}>
    {nodes.map((node) => (
      <li key={node.documentId} data-section={node.slug} data-section-id={node.documentId} data-depth={node.depth}>
        <SectionRow section={node} />
        {node.children.length > 0 && <Sections nodes={node.children} nested />}
      </li>
    ))}
  </Branch>
);

const countOf = (nodes: TreeSection[]): number => nodes.reduce((sum, node) => sum + 1 + countOf(node.children), 0);
const levelsOf = (nodes: TreeSection[]): number =>
  nodes.reduce((deepest, node) => Math.max(deepest, node.depth, levelsOf(node.children)), 0);

/** Which third of the row the pointer (at `y`, in the viewport) is over: its top edge, its middle or its bottom edge. */
const zoneAt = (id: string, y: number): Zone | null => {
  const row = document.querySelector(`[data-section-id="${id}"] > [data-section-row]`);
  if (!row) return null;
  const { top, height } = row.getBoundingClientRect();
  if (y < top + height * 0.3) return 'before';
  if (y > top + height * 0.7) return 'after';
  return 'inside';
};

/**
 * The draft's whole section tree in one locale, every level, with each section's facts and a link to its
 * edit view. A role that may update sections in the content manager moves them: by dragging a row's
 * handle onto another row (its top or bottom edge: before or after it; its middle: first inside it), or
 * with the row's buttons (up, down, out of its parent, into the section above). Each move is saved at once through the plugin's tree route;
 * a refusal shows the server's message and changes nothing.
 */
export const SectionTree = ({ documentId, locale, canMove }: { documentId: string; locale: string; canMove: boolean }) => {
  const t = useTranslate();
  const { data: tree, error, isLoading } = useGetPolicyTreeQuery({ documentId, locale });
  useQueryErrorNotification(error);
  const [move, { isLoading: busy }] = useMovePolicySectionsMutation();
  const notifyError = useErrorNotification();
  const [dragging, setDragging] = useState<string | null>(null);
  const [target, setTarget] = useState<TreeContextValue['target']>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const focusAfter = useRef<{ documentId: string; action: Action } | null>(null);
  // Where the pointer is while a section is dragged, in the viewport (the page may scroll during the drag).
  const pointerY = useRef<number | null>(null);
  useEffect(() => {
    if (!dragging) return;
    const track = (event: PointerEvent) => {
      pointerY.current = event.clientY;
    };
    window.addEventListener('pointermove', track, { capture: true });
    return () => {
      window.removeEventListener('pointermove', track, { capture: true });
      pointerY.current = null;
    };
  }, [dragging]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const places = useMemo(() => placesOf(tree?.sections ?? []), [tree]);
  const layout = useMemo(() => layoutOf(tree?.sections ?? []), [tree]);
  const titleOf = (id: string | number | null | undefined) => (id ? (places.get(String(id))?.node.title ?? '') : '');

  // After a move with a button, the focus stays on that button in the moved row (or its link, when the button no longer applies).
  useEffect(() => {
    const pending = focusAfter.current;
    if (!pending || busy) return;
    focusAfter.current = null;
    const row = document.querySelector(`[data-section-id="${pending.documentId}"]`);
    const button = row?.querySelector<HTMLButtonElement>(`[data-move="${pending.action}"]`);
    (button && !button.disabled ? button : row?.querySelector<HTMLElement>('[data-section-link]'))?.focus();
  }, [tree, busy]);

  const apply = async (sectionMove: SectionMove) => {
    const title = titleOf(sectionMove.documentId);
    setStatus(null);
    try {
      await move({ documentId, locale, moves: [sectionMove] }).unwrap();
      const parent = titleOf(sectionMove.parent);
      setStatus({
        tone: 'success',
        text: parent
          ? t('tree.movedUnder', { title, parent, position: sectionMove.position + 1 })
          : t('tree.movedTop', { title, position: sectionMove.position + 1 }),
      });
    } catch (refusal) {
      notifyError(refusal);
      setStatus({ tone: 'danger', text: t('tree.refused', { title, reason: ruleErrors(refusal)[0]?.message ?? '' }) });
    }
  };

  const onAction = (id: string, action: Action) => {
    const sectionMove = buttonMove(layout, id, action);
    if (!sectionMove) return;
    focusAfter.current = { documentId: id, action };
    apply(sectionMove);
  };

  const onDragStart = (event: DragStartEvent) => {
    setDragging(String(event.active.id));
    setStatus(null);
  };
  const onDragMove = (event: DragMoveEvent) => {
    const over = event.over ? String(event.over.id) : null;
    const zone = over && pointerY.current !== null ? zoneAt(over, pointerY.current) : null;
    const valid = over && zone && dragging && !isWithin(layout, String(event.active.id), over);
    setTarget((previous) =>
      valid
        ? previous?.documentId === over && previous.zone === zone
          ? previous
          : { documentId: over, zone }
        : previous === null
          ? previous
          : null,
    );
  };
  const onDragEnd = (event: DragEndEvent) => {
    const dropped = target;
    setDragging(null);
    setTarget(null);
    if (!dropped) return;
    const sectionMove = dropMove(layout, String(event.active.id), dropped.documentId, dropped.zone);
    if (sectionMove) apply(sectionMove);
  };
  const onDragCancel = () => {
    setDragging(null);
    setTarget(null);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('tree.announce.start', { title: titleOf(active.id) }),
    onDragOver: ({ over }) => (over ? t('tree.announce.over', { title: titleOf(over.id) }) : undefined),
    onDragEnd: ({ active }) => t('tree.announce.end', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('tree.announce.cancel', { title: titleOf(active.id) }),
  };

  if (isLoading) return <Typography>{t('tree.loading')}</Typography>;
  if (!tree) return <Typography>{t('tree.unavailable')}</Typography>;
  const count = countOf(tree.sections);
  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius data-section-tree aria-busy={busy}>
      <Flex direction="column" alignItems="stretch" gap={2} paddingBottom={4}>
        <Typography tag="p" data-tree-count={count}>
          {t('tree.summary', { count, levels: levelsOf(tree.sections), max: tree.maxDepth })}
        </Typography>
        {canMove && count > 1 && (
          <Typography tag="p" textColor="neutral600">
            {t('tree.howTo')}
          </Typography>
        )}
        <Box aria-live="polite" role="status">
          {status && (
            <Box background={status.tone === 'success' ? 'success100' : 'danger100'} padding={3} hasRadius data-tree-status={status.tone}>
              <Typography textColor={status.tone === 'success' ? 'success700' : 'danger700'}>{status.text}</Typography>
            </Box>
          )}
        </Box>
      </Flex>
      {count === 0 ? (
        <Typography>{t('tree.empty')}</Typography>
      ) : (
        <TreeContext.Provider value={{ locale, canMove, busy, places, layout, target, onAction }}>
          <DndContext
            sensors={sensors}
            collisionDetection={pointerWithin}
            onDragStart={onDragStart}
            onDragMove={onDragMove}
            onDragEnd={onDragEnd}
            onDragCancel={onDragCancel}
            accessibility={{ announcements, screenReaderInstructions: { draggable: t('tree.announce.instructions') } }}
          >
            <Sections nodes={tree.sections} nested={false} />
            <DragOverlay dropAnimation={null}>
              {dragging ? (
                <Box background="neutral0" padding={3} shadow="popupShadow" hasRadius display="inline-block" data-drag-overlay>
                  <Typography fontWeight="semiBold">{titleOf(dragging)}</Typography>
                  {target && (
                    <Typography tag="p" textColor="primary600">
                      {t(`tree.drop.${target.zone}`, { title: titleOf(target.documentId) })}
                    </Typography>
                  )}
                </Box>
              ) : null}
            </DragOverlay>
          </DndContext>
        </TreeContext.Provider>
      )}
    </Box>
  );
};
