"""What botocore needs from an installation: its service descriptions and CA certificates.

A frozen app keeps only part of botocore's data (packaging/pixdesk.spec); these let
`pixdesk --self-test` prove the part it kept is enough."""

from __future__ import annotations

import botocore.session
from botocore.httpsession import where

from pixdesk import catalog

# The model's service, and what the credential chain calls: STS (roles, web identity), SSO and
# SSO-OIDC (`aws sso login`), Sign-In (`aws login`). The spec bundles exactly these.
SERVICES_USED = (catalog.SERVICE_NAME, "sts", "sso", "sso-oidc", "signin")


def missing_service_models(services: tuple[str, ...] = SERVICES_USED) -> list[str]:
    """The services whose descriptions botocore cannot load here."""
    session = botocore.session.get_session()
    missing = []
    for service in services:
        try:
            session.get_service_model(service)
        except Exception:  # noqa: BLE001 - UnknownServiceError, DataNotFoundError, a damaged file
            missing.append(service)
    return missing


def endpoint_url(region: str) -> str:
    """The endpoint botocore resolves for Bedrock Runtime in `region` (no call is made)."""
    client = botocore.session.get_session().create_client(
        catalog.SERVICE_NAME, region_name=region, aws_access_key_id="unused", aws_secret_access_key="unused"
    )
    try:
        return client.meta.endpoint_url
    finally:
        client.close()


def default_ca_bundle() -> str:
    """The CA certificates file botocore verifies AWS's certificates with."""
    return where()
