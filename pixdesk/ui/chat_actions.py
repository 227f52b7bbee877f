"""What the transcript's buttons do — Retry, Try Flex, Try another region, Cancel, Edit, Settings,
Show the region, Copy — and which alternatives to a busy Bedrock the organisation leaves the person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from pixdesk import catalog
from pixdesk.ui.declared_words import tier_label, tier_title
from pixdesk.ui.i18n import translate

if TYPE_CHECKING:
    from pixdesk.ui.main_window import MainWindow


class ChatActions:
    """The window's answer to the transcript's `action(name, exchange index)`."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def alternatives(self) -> tuple[str, ...]:
        """What a busy Bedrock's countdown may offer: never a choice the organisation locked, nor
        "another region" where it allows only one."""
        settings = self.window.settings
        offered = []
        if not settings.locked("bedrock/tier"):
            offered.append("try-flex")
        if not settings.locked("bedrock/region") and len(settings.allowed_regions()) > 1:
            offered.append("try-region")
        return tuple(offered)

    def run(self, name: str, index: int) -> None:
        window = self.window
        last = index == len(window.session.exchanges) - 1
        if name == "retry" and last:
            window.session.retry()
        elif name in ("try-flex", "try-region") and last and self._locked_by_organisation(name):
            pass  # (said why; the wait goes on)
        elif name == "try-flex" and last:
            if window.session.retry_now_with_tier("flex") is not None:
                chosen = tier_title(catalog.tier(window.choices.tier))
                window.notice(
                    translate("main_window", "Asking again with {tier}. Your next questions use {chosen}.").format(
                        tier=tier_label(catalog.tier("flex")), chosen=chosen
                    )
                )
        elif name == "try-region" and last:
            # The person chooses where the data goes: never another region without asking.
            if window.session.counting_down:  # the region chosen ends the wait (only a wait: harmless later)
                window.region.region_changed.connect(window.session.retry_now, Qt.ConnectionType.SingleShotConnection)
                window.notice(
                    translate("main_window", "Choose where your data is processed: pixdesk asks again there at once.")
                )
            else:
                window.notice(translate("main_window", "Choose where your data is processed, then press Retry."))
            window.region.showPopup()
        elif name == "cancel" and last:
            window.session.stop()
        elif name == "edit":
            taken = window.session.take_back_last()
            if taken is not None:
                window.composer.set_text(taken.question)
                for attachment in taken.attachments:
                    window.tray.add_bytes(attachment.data, attachment.name)
                window.composer.edit.setFocus()
        elif name == "settings":
            window.open_settings()
        elif name == "region":
            asked = window.session.exchanges[index].region
            if asked is not None:
                window._spawn(window.review.show_region(asked))
        elif name in ("copy", "copy-code", "details"):
            window.toast.say(translate("main_window", "Copied."))

    def _locked_by_organisation(self, action: str) -> bool:
        """For "Try Flex" / "Try another region" while Bedrock is busy: True (and said so) when the
        organisation set that choice for everyone."""
        key = "bedrock/tier" if action == "try-flex" else "bedrock/region"
        if not self.window.settings.locked(key):
            return False
        if action == "try-flex":
            said = translate(
                "main_window", "Speed and price are set by your organisation: pixdesk keeps trying with them."
            )
        else:
            said = translate(
                "main_window", "Where your data is processed is set by your organisation: pixdesk keeps trying there."
            )
        self.window.notice(said)
        return True
