"""What credentials pixdesk would use right now, in words for the toolbar and the first-run panel.

Blocking (it may run credential_process or read the SSO cache): call it from a worker thread."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass

import botocore.session
from botocore.exceptions import BotoCoreError

from pixdesk.bedrock.client import ENV_BEARER_TOKEN
from pixdesk.bedrock.errors import map_exception
from pixdesk.domain import Connection
from pixdesk.errors import Kind


class CredentialState(enum.Enum):
    READY = "ready"
    MISSING = "missing"
    EXPIRED = "expired"
    INVALID = "invalid"


_METHODS = {
    "env": "environment keys",
    "shared-credentials-file": "credentials file",
    "config-file": "config file",
    "sso": "AWS SSO",
    "custom-process": "credential process",
    "iam-role": "instance role",
    "container-role": "container role",
    "assume-role": "assumed role",
    "assume-role-with-web-identity": "web identity",
    "login": "AWS sign-in",
}


@dataclass(frozen=True)
class CredentialStatus:
    state: CredentialState
    label: str  # short, for the toolbar: "Profile work (AWS SSO)", "Bedrock API key"
    message: str = ""  # a sentence when something is wrong


def available_profiles() -> list[str]:
    try:
        return sorted(botocore.session.Session().available_profiles)
    except BotoCoreError:
        return []


def check_credentials(connection: Connection) -> CredentialStatus:
    if connection.api_key:
        return CredentialStatus(CredentialState.READY, "Bedrock API key")
    if os.environ.get(ENV_BEARER_TOKEN):
        return CredentialStatus(CredentialState.READY, "Bedrock API key (environment)")
    who = f"Profile {connection.profile}" if connection.profile else "AWS credentials"
    try:
        credentials = botocore.session.Session(profile=connection.profile or None).get_credentials()
        if credentials is None:
            return CredentialStatus(
                CredentialState.MISSING, "Not connected", "pixdesk found no AWS credentials on this computer."
            )
        credentials.get_frozen_credentials()  # makes SSO and credential_process prove themselves
    except Exception as exc:  # noqa: BLE001 - everything becomes a state; nothing escapes to the UI
        error = map_exception(exc, connection.region, connection.profile)
        state = {Kind.NO_CREDENTIALS: CredentialState.MISSING, Kind.EXPIRED_CREDENTIALS: CredentialState.EXPIRED}.get(
            error.kind, CredentialState.INVALID
        )
        label = {CredentialState.MISSING: "Not connected", CredentialState.EXPIRED: "Sign-in expired"}.get(
            state, "Credentials problem"
        )
        return CredentialStatus(state, label, error.sentence())
    method = _METHODS.get(getattr(credentials, "method", ""), "AWS credentials")
    return CredentialStatus(CredentialState.READY, f"{who} ({method})" if connection.profile else method.capitalize())
