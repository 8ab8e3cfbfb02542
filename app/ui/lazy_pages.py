"""Inner pages of a tab built the first time they are shown or asked for.

A tab with several inner pages (the Menus tab's recipes, ingredients, menus, orders, tastings)
shows one at a time: building the others at once costs their imports and widgets on the tab's
first show for pages the person may never open. `LazyPages` puts a light placeholder in the
`QTabWidget` for each page, and swaps in the real page when it becomes current or when the code
asks for it (`pages.page("orders")`), so `tab_widget.setCurrentWidget(pages.page("orders"))`,
`tab_widget.widget(i)` after `setCurrentIndex(i)` and `currentWidget()` all see the real page.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.icons import decorate_buttons


def lazy_page(key: str) -> property:
    """A tab's attribute for its inner page `key`, built when first asked for (the tab keeps its
    `LazyPages` in `_lazy`): `orders = lazy_page("orders")`."""
    return property(lambda tab: tab._lazy.page(key), doc=f"The inner page {key!r}.")


def page_from(module: str, name: str, *arguments) -> Callable[[], QWidget]:
    """A `LazyPage`'s builder for the page class `name` of `module`, imported when the page is
    built (not with the tab): `page_from("app.ui.menus.orders_page", "OrdersPage", ctx)`. The
    idle preloading imports the module beforehand (the tab's `TabSpec`)."""

    def build() -> QWidget:
        return getattr(importlib.import_module(module), name)(*arguments)

    return build


@dataclass(frozen=True)
class LazyPage:
    key: str  # how the tab names the page, e.g. "orders"
    title: str  # the tab's text, already translated
    build: Callable[[], QWidget]


class LazyPages:
    """The pages of `tabs`, in order; the current one (the first) is built at once (or, with
    `build_first=False`, when asked for: a tab behind a PIN), the others when first shown or asked
    for. `on_built(key, page)` runs after a page is built later and swapped in."""

    def __init__(
        self,
        tabs: QTabWidget,
        pages: tuple[LazyPage, ...],
        on_built: Callable[[str, QWidget], None] | None = None,
        *,
        build_first: bool = True,
    ):
        self.tabs = tabs
        self._specs = pages
        self._built: dict[str, QWidget] = {}
        self._on_built = on_built
        for index, spec in enumerate(pages):
            widget = self._make(spec) if index == 0 and build_first else QWidget()
            tabs.addTab(widget, spec.title)
        tabs.currentChanged.connect(self._build_current)

    def keys(self) -> tuple[str, ...]:
        return tuple(spec.key for spec in self._specs)

    def built(self) -> dict[str, QWidget]:
        """The pages built so far, by key."""
        return dict(self._built)

    def current_key(self) -> str:
        return self._specs[max(self.tabs.currentIndex(), 0)].key

    def key_of(self, widget: QWidget | None) -> str | None:
        return next((key for key, page in self._built.items() if page is widget), None)

    def page(self, key: str) -> QWidget:
        """The page named `key`, built (and put in its place) first if it was not yet."""
        if key in self._built:
            return self._built[key]
        index = self.keys().index(key)
        spec = self._specs[index]
        page = self._make(spec)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        blocked = self.tabs.blockSignals(True)  # the swap moves the current index back and forth
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, spec.title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        if self._on_built is not None:
            self._on_built(key, page)
        return page

    def _make(self, spec: LazyPage) -> QWidget:
        page = spec.build()
        self._built[spec.key] = page
        decorate_buttons(page)  # the icons the main window gives a tab's buttons when built
        return page

    def _build_current(self, index: int) -> None:
        if 0 <= index < len(self._specs):
            self.page(self._specs[index].key)
