"""Undo and redo for annotation edits: each step is the annotation before and after.

A step with no "before" was a new highlight (undo deletes it); one with no "after" was a
deletion (undo puts it back). Every undo and redo is written to the store at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.store import Annotation, AnnotationNotFound, LibraryStore

MAX_STEPS = 500


@dataclass(frozen=True, slots=True)
class Step:
    before: Annotation | None
    after: Annotation | None
    label: str


class UndoStack:
    def __init__(self) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []

    def record(self, before: Annotation | None, after: Annotation | None, label: str) -> None:
        self._done.append(Step(before, after, label))
        del self._done[:-MAX_STEPS]
        self._undone.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self, store: LibraryStore) -> Step | None:
        if not self._done:
            return None
        step = self._done.pop()
        _put(store, remove=step.after, put=step.before)
        self._undone.append(step)
        return step

    def redo(self, store: LibraryStore) -> Step | None:
        if not self._undone:
            return None
        step = self._undone.pop()
        _put(store, remove=step.before, put=step.after)
        self._done.append(step)
        return step


def _put(store: LibraryStore, remove: Annotation | None, put: Annotation | None) -> None:
    if put is not None:
        store.put_annotation(put)
    elif remove is not None:
        try:
            store.delete_annotation(remove.id)
        except AnnotationNotFound:  # already gone (another process deleted it)
            pass
