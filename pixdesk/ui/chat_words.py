"""What the conversation says in words around an answer: the line shown in its place while it
has not begun (connecting, a busy Bedrock's countdown with its alternatives, waiting for the
quota), and what a screen reader hears once it is over."""

from __future__ import annotations

import html

from pixdesk import catalog
from pixdesk.services.exchange import Exchange, Status
from pixdesk.ui.chat_style import ChatLook
from pixdesk.ui.i18n import translate, translated

ANNOUNCED_CHARS = 600  # a screen reader reads a finished answer up to here; the rest is in the view
ALTERNATIVES = ("try-flex", "try-region")  # instead of waiting for a busy Bedrock


def duration(seconds: int) -> str:
    """12 s · 1 min 12 s · 3 min"""
    if seconds < 60:
        return translate("chat_view", "{seconds} s").format(seconds=seconds)
    minutes, rest = divmod(seconds, 60)
    if rest:
        return translate("chat_view", "{minutes} min {seconds} s").format(minutes=minutes, seconds=rest)
    return translate("chat_view", "{minutes} min").format(minutes=minutes)


def status_html(exchange: Exchange, index: int, look: ChatLook, alternatives: tuple[str, ...] = ALTERNATIVES) -> str:
    """The line shown in place of an answer not yet begun, with its actions as links; while
    Bedrock is busy, those of `alternatives` ("try-flex", "try-region") and Cancel."""
    muted, link = look.fg("muted").name(), look.fg("link").name()

    def links(*items: tuple[str, str]) -> str:
        return " · ".join(
            f'<a href="pixdesk:{name}/{index}" style="color:{link}">{html.escape(title)}</a>' for name, title in items
        )

    if exchange.status is Status.STREAMING:
        connecting = translate("chat_view", "Connecting…")
        return f'<span style="color:{muted}">{html.escape(connecting)}</span>'
    if exchange.status is not Status.WAITING:
        return ""
    left = duration(max(0, exchange.wait_left_s))
    if exchange.waiting_for_quota:
        words = translate("chat_view", "Waiting for your account's quota — sending in {time}").format(time=left)
        cancel = translate("chat_view", "Cancel")
        return f'<span style="color:{muted}">{html.escape(words)}</span><br>{links(("cancel", cancel))}'
    attempt, allowed = getattr(exchange, "attempt", None), getattr(exchange, "attempts_allowed", None)
    if attempt and allowed and allowed > 1:
        words = translate("chat_view", "Bedrock is busy — trying again in {time} (attempt {attempt} of {allowed})")
    else:
        words = translate("chat_view", "Bedrock is busy — trying again in {time}")
    words = words.format(time=left, attempt=attempt, allowed=allowed)
    offered = (
        ("try-flex", translate("chat_view", "Try Flex")),
        ("try-region", translate("chat_view", "Try another region")),
    )
    actions = links(
        *((name, title) for name, title in offered if name in alternatives),
        ("cancel", translate("chat_view", "Cancel")),
    )
    return f'<span style="color:{muted}">{html.escape(words)}</span><br>{actions}'


def finished_words(exchange: Exchange) -> str:
    """What a screen reader hears once an answer is over."""
    answer = exchange.answer
    if exchange.status is Status.FAILED and answer.error is not None:
        return translate("chat_view", "{model} could not answer. {problem}").format(
            model=catalog.MODEL_NAME, problem=translated(answer.error.message)
        )
    # Only the beginning is read out: tidying the whole of a long answer's spaces held the window's
    # thread ~1 ms per 30,000 characters, as the answer ended.
    head = answer.text[: ANNOUNCED_CHARS * 8]
    text = " ".join(head.split())
    rest = translate("chat_view", "… (the rest is in the conversation)")
    if len(text) > ANNOUNCED_CHARS:
        text = text[:ANNOUNCED_CHARS].rsplit(" ", 1)[0] + rest
    elif len(head) < len(answer.text):  # (a beginning of mostly spaces: indented code)
        text += rest
    stopped = translate("chat_view", "Stopped: the answer is incomplete.") if exchange.status is Status.STOPPED else ""
    if not text:
        return stopped
    answered = translate("chat_view", "{model} answered: {answer}").format(model=catalog.MODEL_NAME, answer=text)
    return f"{answered} {stopped}" if stopped else answered
