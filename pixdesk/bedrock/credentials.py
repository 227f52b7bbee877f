"""What credentials pixdesk would use right now, in words for the toolbar and the first-run panel.

Blocking (it may run credential_process or read the SSO cache): call it from a worker thread."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from datetime import datetime

from pixdesk.bedrock.client import ENV_BEARER_TOKEN
from pixdesk.bedrock.errors import map_exception
from pixdesk.bedrock.network import botocore_network_config
from pixdesk.domain import Connection
from pixdesk.errors import Kind
from pixdesk.words import translate


class CredentialState(enum.Enum):
    READY = "ready"
    MISSING = "missing"
    EXPIRED = "expired"
    INVALID = "invalid"


# What botocore calls each way of finding credentials → (who set it up, in the person's words;
# the exact AWS term for the tooltip and About). Only the first part is on the toolbar.
# (translate() here is lazy: an English Said the window says again in its language)
_SIGN_IN = translate("credentials", "Signed in (company AWS sign-in)")
_BY_IT = translate("credentials", "Signed in (set up by your IT team)")
_API_KEY = translate("credentials", "Signed in with an API key")
NOT_SIGNED_IN = translate("credentials", "Not signed in")
_METHODS = {
    "env": (_BY_IT, "access keys in environment variables (AWS_ACCESS_KEY_ID)"),
    "shared-credentials-file": (_BY_IT, "access keys in the shared credentials file (~/.aws/credentials)"),
    "config-file": (_BY_IT, "access keys in the AWS config file (~/.aws/config)"),
    "sso": (_SIGN_IN, "AWS IAM Identity Center (AWS SSO)"),
    "custom-process": (_BY_IT, "a credential_process in the AWS config"),
    "iam-role": (_BY_IT, "the EC2 instance role (instance metadata)"),
    "container-role": (_BY_IT, "the container role (ECS/EKS)"),
    "assume-role": (_SIGN_IN, "an assumed IAM role (sts:AssumeRole)"),
    "assume-role-with-web-identity": (_BY_IT, "a web identity role (sts:AssumeRoleWithWebIdentity)"),
    "login": (_SIGN_IN, "AWS console sign-in (aws login)"),
}


@dataclass(frozen=True)
class CredentialStatus:
    state: CredentialState
    label: str  # short, in plain words, for the toolbar: "Signed in with an API key", "Not signed in"
    message: str = ""  # a sentence when something is wrong
    detail: str = ""  # the exact method, in AWS's terms, for the tooltip and About; never a secret
    # An IAM Identity Center sign-in: its sso-session (to sign in again in one click), when its
    # current token ends, and whether botocore renews it by itself (a refresh token).
    sso_session: str = ""
    expires_at: datetime | None = None
    renews: bool = False

    @property
    def ready(self) -> bool:
        return self.state is CredentialState.READY

    @property
    def missing(self) -> bool:
        """No credentials at all (not: expired, or refused)."""
        return self.state is CredentialState.MISSING


def available_profiles() -> list[str]:
    import botocore.session  # (here, not at start-up: the window opens sooner)
    from botocore.exceptions import BotoCoreError

    try:
        return sorted(botocore.session.Session().available_profiles)
    except BotoCoreError:
        return []


def check_credentials(connection: Connection) -> CredentialStatus:
    status = _check(connection)
    return _with_sso_expiry(status, connection.profile) if connection.profile and not connection.api_key else status


def _with_sso_expiry(status: CredentialStatus, profile: str) -> CredentialStatus:
    """For an IAM Identity Center profile: until when it is signed in (read after the check, which
    let botocore renew the token), and its sso-session for "Sign in again"."""
    import dataclasses

    from pixdesk.bedrock.sso_files import session_of_profile, sign_in_expiry

    session = session_of_profile(profile)
    if session is None:
        return status
    expiry = sign_in_expiry(profile)
    status = dataclasses.replace(status, sso_session=session)
    if status.state is CredentialState.EXPIRED:  # one click signs in again: no terminal command to suggest
        return dataclasses.replace(
            status, message=translate("credentials", "Your company's AWS sign-in has ended. Sign in again to carry on.")
        )
    if expiry is None or status.state is not CredentialState.READY:
        return status
    until = expiry.expires_at.astimezone()
    when = until.strftime("%H:%M") if until.date() == datetime.now().astimezone().date() else until.strftime("%a %H:%M")
    if expiry.renews:  # it will not end then: say so only in the tooltip
        detail = f"{status.detail}; renews by itself (current sign-in until {when})"
        return dataclasses.replace(status, detail=detail, expires_at=expiry.expires_at, renews=True)
    label = translate("credentials", "Signed in until {time}").format(time=when)
    return dataclasses.replace(status, label=label, expires_at=expiry.expires_at)


def _check(connection: Connection) -> CredentialStatus:
    if connection.api_key:
        return CredentialStatus(CredentialState.READY, _API_KEY, detail="Amazon Bedrock API key saved in Settings")
    if os.environ.get(ENV_BEARER_TOKEN):
        return CredentialStatus(
            CredentialState.READY, _API_KEY, detail=f"Amazon Bedrock API key from the {ENV_BEARER_TOKEN} variable"
        )
    import botocore.session

    profile = f"AWS profile “{connection.profile}”" if connection.profile else "the default AWS credential chain"
    try:
        session = botocore.session.Session(profile=connection.profile or None)
        session.set_default_client_config(botocore_network_config(connection.proxy))  # SSO and STS: via the proxy
        credentials = session.get_credentials()
        if credentials is None:
            return CredentialStatus(
                CredentialState.MISSING,
                NOT_SIGNED_IN,
                translate("credentials", "pixdesk found no AWS sign-in on this computer."),
                detail=f"No credentials from {profile}",
            )
        credentials.get_frozen_credentials()  # makes SSO and credential_process prove themselves
    except Exception as exc:  # noqa: BLE001 - everything becomes a state; nothing escapes to the UI
        error = map_exception(exc, connection.region, connection.profile)
        state = {Kind.NO_CREDENTIALS: CredentialState.MISSING, Kind.EXPIRED_CREDENTIALS: CredentialState.EXPIRED}.get(
            error.kind, CredentialState.INVALID
        )
        label = {
            CredentialState.MISSING: NOT_SIGNED_IN,
            CredentialState.EXPIRED: translate("credentials", "Sign-in expired"),
        }.get(state, translate("credentials", "Sign-in problem"))
        return CredentialStatus(state, label, error.sentence(), detail=f"{profile}: {type(exc).__name__}")
    method = getattr(credentials, "method", "")
    who, exact = _METHODS.get(method, (_BY_IT, f"AWS credentials ({method or 'unknown method'})"))
    if connection.profile:
        who = _SIGN_IN  # the person chose this sign-in in Settings
    return CredentialStatus(CredentialState.READY, who, detail=f"{profile}, using {exact}")
