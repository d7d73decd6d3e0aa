"""Paths of pages named by their URL name (and one whole-number id), for links on every page.

``object_path("tracker:commitment", 5)`` is ``reverse("tracker:commitment", args=[5])`` and
``page_path("tracker:home")`` is ``reverse("tracker:home")``, but reverse() runs once per URL
name (and script prefix), not once per link: a list page or the feed links every row, every
page links the site's sections, and reverse() costs more than the rest of a row's markup.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.urls import get_script_prefix, reverse

# A number no row has, standing for the id while a path is reversed once per URL name.
_ID_PLACEHOLDER = 9876543210123


@functools.cache
def _around_id(name: str, script_prefix: str) -> tuple[str, str]:
    head, found, tail = reverse(name, args=[_ID_PLACEHOLDER]).partition(str(_ID_PLACEHOLDER))
    if not found:
        raise ValueError(f"The URL {name} does not take the object's id.")
    return head, tail


def object_path(name: str, pk: int) -> str:
    """The path of the page ``name`` (a URL taking one whole-number id) for the id ``pk``."""
    head, tail = _around_id(name, get_script_prefix())
    return f"{head}{int(pk)}{tail}"


def object_paths(name: str) -> Callable[[int], str]:
    """object_path(name, ·) for the links of a list: the request's script prefix is read
    once (reading it is most of what object_path costs, a context-local lookup)."""
    head, tail = _around_id(name, get_script_prefix())
    return lambda pk: f"{head}{int(pk)}{tail}"


@functools.cache
def _page_path(name: str, script_prefix: str) -> str:
    return reverse(name)


def page_path(name: str) -> str:
    """The path of the page ``name`` (a URL that takes no argument)."""
    return _page_path(name, get_script_prefix())
