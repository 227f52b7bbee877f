"""How boto3 reaches AWS on a company network: which proxy, and which certificates it trusts.

Every botocore client pixdesk makes — Bedrock's, and the sign-in's (SSO, STS) — takes its network
settings from `botocore_network_config(proxy)`; ClientFactory also makes it the session's default
client config, so the clients botocore makes by itself (the credential chain refreshing an SSO
sign-in) go the same way.

Certificates: botocore verifies with its own copy of Mozilla's list (certifi), so the certificate
of a company proxy that inspects secure connections is rejected even where IT installed it on
every computer. `use_system_trust_store()` makes botocore verify with the operating system's
trust store instead (`truststore`: Keychain on macOS, the Windows certificate store, OpenSSL's
system store on Linux) — unless a CA bundle was configured (AWS_CA_BUNDLE, a profile's ca_bundle,
REQUESTS_CA_BUNDLE): then that bundle alone is used, exactly as botocore always did.

botocore takes no SSL context from its caller (it even imports the unpatched ssl.SSLContext, so
`truststore.inject_into_ssl()` does not reach it), hence the narrow hook on its HTTP session below.

Proxy: SYSTEM is botocore's own behaviour — urllib.request.getproxies() and proxy_bypass(), which
read the proxy variables (HTTPS_PROXY, NO_PROXY) and, where none is set, the Windows Internet
settings or the macOS network settings; MANUAL sends everything through the proxy typed in
Settings (its password from the keychain); NONE connects directly even when HTTPS_PROXY is set.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from pixdesk import catalog
from pixdesk.domain import ProxyChoice, ProxyMode
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from botocore.config import Config

log = logging.getLogger(__name__)

_lock = threading.Lock()
_system_trust: bool | None = None  # None: not tried yet; then whether botocore uses the system trust store


# --- certificates ----------------------------------------------------------------------------


def use_system_trust_store() -> bool:
    """From now on, botocore verifies certificates with the system's trust store wherever no CA
    bundle is configured. Idempotent and cheap after the first call; False when truststore cannot
    be used here (then botocore keeps its own list)."""
    global _system_trust
    with _lock:
        if _system_trust is None:
            _system_trust = _install_system_trust()
        return _system_trust


def _install_system_trust() -> bool:
    import ssl

    try:
        import truststore
        from botocore.httpsession import URLLib3Session
    except ImportError:
        log.info("truststore is not available: botocore verifies with its own CA list")
        return False
    original_context = getattr(URLLib3Session, "_get_ssl_context", None)
    original_setup = getattr(URLLib3Session, "_setup_ssl_cert", None)
    if original_context is None or original_setup is None:  # a botocore that changed its insides
        log.info("this botocore has no SSL context hook: it verifies with its own CA list")
        return False

    def _get_ssl_context(self: Any) -> Any:
        # _verify is True when no bundle is configured; a path (AWS_CA_BUNDLE…) or False otherwise.
        if getattr(self, "_verify", None) is True:
            context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.options |= ssl.OP_NO_COMPRESSION | ssl.OP_NO_TICKET  # as botocore's own context
            return context
        return original_context(self)

    def _setup_ssl_cert(self: Any, conn: Any, url: str, verify: Any) -> None:
        original_setup(self, conn, url, verify)
        if verify is True:
            conn.ca_certs = None  # not certifi's file: the system's store decides

    URLLib3Session._get_ssl_context = _get_ssl_context
    URLLib3Session._setup_ssl_cert = _setup_ssl_cert
    return True


# --- the proxy -------------------------------------------------------------------------------


def check_proxy_address(text: str) -> str:
    """`text` ("proxy.example.com:8080", "http://10.0.0.1:3128") as a proxy URL; ValueError with a
    sentence for the person when it is not one."""
    text = text.strip()
    if not text:
        raise ValueError(QT_TRANSLATE_NOOP("network", "Enter the proxy's address, for example proxy.example.com:8080."))
    url = text if "://" in text else f"http://{text}"
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        raise ValueError(
            QT_TRANSLATE_NOOP("network", "The proxy's port must be a number, as in proxy.example.com:8080.")
        ) from None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/"):
        raise ValueError(
            QT_TRANSLATE_NOOP("network", "This is not a proxy address; it looks like proxy.example.com:8080.")
        )
    if port is None:
        raise ValueError(QT_TRANSLATE_NOOP("network", "Add the proxy's port, as in proxy.example.com:8080."))
    return f"{parts.scheme}://{_host_port(parts.hostname, port)}"


def _host_port(host: str, port: int | None) -> str:
    host = f"[{host}]" if ":" in host else host  # an IPv6 address
    return f"{host}:{port}" if port else host


def _proxy_url(proxy: ProxyChoice) -> str:
    """The manual proxy's URL with its user name and password in it (botocore sends them as
    Proxy-Authorization: Basic). A secret: never log it."""
    url = check_proxy_address(proxy.url)
    if not proxy.user:
        return url
    scheme, _, address = url.partition("://")
    credentials = quote(proxy.user, safe="")
    if proxy.password:
        credentials += ":" + quote(proxy.password, safe="")
    return f"{scheme}://{credentials}@{address}"


def botocore_network_config(proxy: ProxyChoice) -> Config:
    """The botocore Config part that says how to reach AWS; merge it into every client's config.
    Also makes sure botocore uses the system trust store (see use_system_trust_store)."""
    from botocore.config import Config

    use_system_trust_store()
    if proxy.mode is ProxyMode.NONE:
        return Config(proxies={})  # an empty dict, not None: botocore then reads no proxy variable
    if proxy.mode is ProxyMode.MANUAL and proxy.url.strip():
        try:
            url = _proxy_url(proxy)
        except ValueError as exc:  # (the dialog refuses such an address; a hand-edited setting may not)
            raise KnownError(
                Kind.CONNECTION_FAILED,
                translate("network", "The proxy address in Settings is not one pixdesk can use."),
                Action.SIGN_IN,  # (its button opens Settings)
                translate("network", "Correct it in Settings, under Network."),
                f"network/proxy_url: {exc}",
            ) from None
        return Config(proxies={"http": url, "https": url})
    return Config()  # SYSTEM (and MANUAL without an address): botocore reads the system's settings


# --- what is in use, in words --------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkInUse:
    """Which proxy and which certificates a Bedrock call would use now; never a password."""

    proxy: str
    certificates: str

    def sentence(self) -> str:
        return f"Proxy: {self.proxy} · Certificates: {self.certificates}"


def describe_network(
    proxy: ProxyChoice,
    region: str = catalog.DEFAULT_REGION,
    profile: str | None = None,
    environ: Mapping[str, str] | None = None,
    system_proxies: Callable[[], dict[str, str]] | None = None,
    bypass: Callable[[str], Any] | None = None,
) -> NetworkInUse:
    """In words, what `botocore_network_config(proxy)` means for a call to Bedrock in `region`.
    Blocking (it reads the AWS configuration and, on macOS, the network settings). The system's
    proxy comes from `system_proxies` and `bypass` (tests: a Windows or macOS computer's answers);
    by default botocore's own sources, urllib.request.getproxies and proxy_bypass."""
    import urllib.request  # (here: the window's first frame does without it)

    environ = os.environ if environ is None else environ
    system_proxies = system_proxies or urllib.request.getproxies
    bypass = bypass or urllib.request.proxy_bypass
    endpoint, ca_bundle = _aws_endpoint_and_bundle(region, profile)
    return NetworkInUse(
        _describe_proxy(proxy, endpoint, environ, system_proxies, bypass), _describe_certificates(ca_bundle, environ)
    )


def _describe_proxy(
    proxy: ProxyChoice,
    endpoint: str,
    environ: Mapping[str, str],
    system_proxies: Callable[[], dict[str, str]],
    bypass: Callable[[str], Any],
) -> str:
    if proxy.mode is ProxyMode.NONE:
        return "none (connects directly, whatever this computer's settings say)"
    if proxy.mode is ProxyMode.MANUAL and proxy.url.strip():
        try:
            parts = urlsplit(check_proxy_address(proxy.url))
        except ValueError:
            return f"the address in Settings is not a proxy address ({proxy.url.strip()})"
        who = f", as {proxy.user}" if proxy.user else ""
        return f"{_host_port(parts.hostname or '', parts.port)} (set in pixdesk{who})"
    target = urlsplit(endpoint)
    found = system_proxies()
    url = found.get(target.scheme) or found.get("https")
    where = "the proxy variables" if _has_proxy_variables(environ) else "this computer's settings"
    if not url:
        return f"none (none in {where})"
    try:
        if bypass(target.netloc):
            return f"none for {target.hostname} (NO_PROXY or the proxy exceptions in {where})"
    except (TypeError, OSError):  # botocore tolerates the same failures
        pass
    parts = urlsplit(url if "://" in url else f"http://{url}")
    return f"{_host_port(parts.hostname or '', parts.port)} (from {where})"


def _has_proxy_variables(environ: Mapping[str, str]) -> bool:
    return any(name.lower().endswith("_proxy") and value for name, value in environ.items())


def _describe_certificates(ca_bundle: str | None, environ: Mapping[str, str]) -> str:
    if ca_bundle:
        source = "AWS_CA_BUNDLE" if environ.get("AWS_CA_BUNDLE") else "the AWS profile's ca_bundle"
        return f"only those in {Path(ca_bundle).name} ({source})"
    if environ.get("REQUESTS_CA_BUNDLE"):
        return f"only those in {Path(environ['REQUESTS_CA_BUNDLE']).name} (REQUESTS_CA_BUNDLE)"
    if use_system_trust_store():
        return "this computer's trusted certificates (the system trust store)"
    return "the list bundled with pixdesk (certifi); this computer's own are not used"


def _aws_endpoint_and_bundle(region: str, profile: str | None) -> tuple[str, str | None]:
    """Bedrock's endpoint (with AWS_ENDPOINT_URL_* and the profile's endpoint_url) and the CA bundle
    configured, as botocore resolves them. No call is made and no credentials are read."""
    import botocore.session
    from botocore.exceptions import BotoCoreError

    standard = f"https://bedrock-runtime.{region}.amazonaws.com"
    try:
        session = botocore.session.Session(profile=profile or None)
        client = session.create_client(
            catalog.SERVICE_NAME, region_name=region, aws_access_key_id="unused", aws_secret_access_key="unused"
        )
    except BotoCoreError:  # a missing profile: reported where it matters, when Bedrock is called
        return standard, os.environ.get("AWS_CA_BUNDLE")
    try:
        return client.meta.endpoint_url, session.get_config_variable("ca_bundle")
    finally:
        client.close()
