/**
 * A query's condition on the names a story holds (`person:baker`, `org:opec`, `place:japan`):
 * the name folded and its alias resolved once, then tested on each story's stored names. A
 * one-word person is a surname too (`person:baker` finds "James Baker").
 */
import type { EntityKind } from '../model/entities';
import { foldName, knownName } from './gazetteer';

export interface EntityCondition {
  kind: EntityKind;
  /** Folded, aliases resolved (`U.S.` → `united states`). */
  name: string;
}

export const KIND_POSITION: Record<EntityKind, 0 | 1 | 2> = {
  person: 0,
  organisation: 1,
  place: 2,
};

export function entityCondition(kind: EntityKind, written: string): EntityCondition {
  return { kind, name: foldName(knownName(kind, written) ?? written) };
}

/** True when a stored name (folded) is the condition's name, or its surname for a person. */
export function isConditionName(condition: EntityCondition, folded: string): boolean {
  if (folded === condition.name) return true;
  return (
    condition.kind === 'person' &&
    !condition.name.includes(' ') &&
    folded.endsWith(` ${condition.name}`)
  );
}
