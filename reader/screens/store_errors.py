"""Screens report a library that can't be written (locked, damaged, gone) instead of crashing."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from reader.store import StoreError

F = TypeVar("F", bound=Callable[..., Any])


def reports_store_errors(method: F) -> F:
    """Turn a StoreError raised by an action or a dialog callback into an error toast."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except StoreError as error:
            self.app.notify(str(error), title="Not saved", severity="error", markup=False)
            return None

    return wrapper  # type: ignore[return-value]


def guarded(screen: Any, callback: Callable[..., Any]) -> Callable[..., Any]:
    """The same for a dialog's result callback (a closure, not a method)."""

    @functools.wraps(callback)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return callback(*args, **kwargs)
        except StoreError as error:
            screen.app.notify(str(error), title="Not saved", severity="error", markup=False)
            return None

    return wrapper
