"""Connection matters for the window: which credentials are in use, which profiles exist, and a
one-question test of the connection."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pixdesk import catalog
from pixdesk.bedrock.credentials import CredentialState, CredentialStatus, available_profiles, check_credentials
from pixdesk.domain import AskRequest, Connection
from pixdesk.words import Said, translate

if TYPE_CHECKING:  # (the engine is loaded with the first question, not for the window's first frame)
    from pixdesk.bedrock.stream import BedrockEngine

__all__ = [
    "CredentialState",
    "CredentialStatus",
    "TestResult",
    "available_profiles",
    "check_credentials",
    "test_connection",
]


@dataclass(frozen=True)
class TestResult:
    ok: bool
    message: str


async def test_connection(engine: BedrockEngine, connection: Connection, tier: str) -> TestResult:
    """Ask Pixtral Large for one word; say in a sentence what happened."""
    from pixdesk.services.asking import ask, new_answer

    request = AskRequest("Reply with the single word OK.", max_tokens=10, tier=tier)
    answer = new_answer(request, connection)
    started = time.monotonic()
    await ask(engine, request, connection, answer)
    if answer.error is not None:
        return TestResult(False, answer.error.sentence())
    region = catalog.region(connection.region)
    return TestResult(
        True,
        translate("connection", "Connected: {model} answered from {region} in {seconds} s.").format(
            model=catalog.MODEL_NAME, region=Said(region.title, "catalog"), seconds=round(time.monotonic() - started, 1)
        ),
    )
