"""pixdesk.settings over QSettings (the platform's own place for preferences)."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from PySide6.QtCore import QSettings


class QSettingsStore(MutableMapping[str, Any]):
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def __getitem__(self, key: str) -> Any:
        if not self._settings.contains(key):
            raise KeyError(key)
        return self._settings.value(key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._settings.setValue(key, value)

    def __delitem__(self, key: str) -> None:
        self._settings.remove(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._settings.allKeys())

    def __len__(self) -> int:
        return len(self._settings.allKeys())
