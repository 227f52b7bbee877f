"""The proxy choice and the certificates trusted, without a network: what botocore is given, what
the person is told, what a cached client depends on, and that no password ever shows."""

from __future__ import annotations

from urllib.parse import quote

import keyring
import keyring.backend
import pytest
from botocore import exceptions as bx
from urllib3 import exceptions as u3

from pixdesk.bedrock import network
from pixdesk.bedrock.client import ClientFactory
from pixdesk.bedrock.errors import map_exception
from pixdesk.domain import Connection, ProxyChoice, ProxyMode
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.secrets import ApiKeyStore
from pixdesk.services.choices import Choices
from pixdesk.settings import Settings

PASSWORD = "p@ss:w/rd"
MANUAL = ProxyChoice(ProxyMode.MANUAL, "proxy.example.com:8080", "jane", PASSWORD)


# --- the proxy address ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("proxy.example.com:8080", "http://proxy.example.com:8080"),
        (" http://10.0.0.1:3128/ ", "http://10.0.0.1:3128"),
        ("https://proxy.example.com:443", "https://proxy.example.com:443"),
        ("[::1]:3128", "http://[::1]:3128"),
    ],
)
def test_a_proxy_address_is_read_as_people_type_it(typed, url):
    assert network.check_proxy_address(typed) == url


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "Enter the proxy's address"),
        ("proxy.example.com", "Add the proxy's port"),
        ("proxy.example.com:eighty", "must be a number"),
        ("ftp://proxy.example.com:21", "not a proxy address"),
        ("http://proxy.example.com:8080/path", "not a proxy address"),
    ],
)
def test_a_wrong_proxy_address_says_how_one_looks(typed, words):
    with pytest.raises(ValueError, match=words):
        network.check_proxy_address(typed)


# --- what botocore is given ------------------------------------------------------------------------


def test_no_proxy_gives_botocore_an_empty_proxy_table_so_it_reads_no_variable():
    config = network.botocore_network_config(ProxyChoice(ProxyMode.NONE))
    assert config.proxies == {}


def test_the_system_choice_leaves_the_proxy_to_botocore():
    """botocore's own lookup: urllib's getproxies/proxy_bypass (variables, then Windows or macOS)."""
    assert network.botocore_network_config(ProxyChoice()).proxies is None


def test_a_manual_proxy_carries_its_credentials_quoted():
    config = network.botocore_network_config(MANUAL)
    expected = "http://jane:p%40ss%3Aw%2Frd@proxy.example.com:8080"
    assert config.proxies == {"http": expected, "https": expected}


def test_a_manual_proxy_without_user_has_no_credentials():
    config = network.botocore_network_config(ProxyChoice(ProxyMode.MANUAL, "http://proxy.example.com:8080"))
    assert config.proxies["https"] == "http://proxy.example.com:8080"


def test_a_manual_choice_without_an_address_falls_back_to_the_system():
    assert network.botocore_network_config(ProxyChoice(ProxyMode.MANUAL, " ")).proxies is None


def test_a_hand_edited_proxy_address_that_is_not_one_is_said_in_plain_words():
    with pytest.raises(KnownError) as raised:
        ClientFactory().client(Connection(proxy=ProxyChoice(ProxyMode.MANUAL, "proxy.example.com")))
    assert raised.value.sentence() == (
        "The proxy address in Settings is not one pixdesk can use. Correct it in Settings, under Network."
    )
    assert raised.value.action is Action.SIGN_IN


def test_a_client_is_given_the_manual_proxy():
    factory = ClientFactory()
    client = factory.client(Connection(region="us-east-1", proxy=MANUAL))
    assert client.meta.config.proxies["https"].endswith("@proxy.example.com:8080")


def test_a_changed_proxy_gets_a_new_client_and_the_same_one_the_cached_client():
    factory = ClientFactory()
    first = factory.client(Connection(region="us-east-1"))
    assert factory.client(Connection(region="us-east-1")) is first
    manual = factory.client(Connection(region="us-east-1", proxy=MANUAL))
    assert manual is not first
    other_password = ProxyChoice(ProxyMode.MANUAL, MANUAL.url, MANUAL.user, "another")
    assert factory.client(Connection(region="us-east-1", proxy=other_password)) is not manual
    assert factory.client(Connection(region="us-east-1", proxy=ProxyChoice(ProxyMode.NONE))) is not first


def test_the_password_is_not_in_a_connections_repr():
    text = repr(Connection(proxy=MANUAL))
    assert PASSWORD not in text and "proxy=manual" in text
    assert PASSWORD not in repr(MANUAL)


# --- what the person is told ------------------------------------------------------------------------


def _describe(proxy: ProxyChoice, proxies: dict[str, str], bypass: bool = False, environ=None):
    return network.describe_network(
        proxy, environ=environ or {}, system_proxies=lambda: proxies, bypass=lambda host: bypass
    )


def test_the_system_proxy_of_windows_or_macos_is_named_with_its_source():
    """No proxy variable: the proxy comes from the Windows or macOS settings (urllib reads them)."""
    described = _describe(ProxyChoice(), {"https": "http://proxy.corp:8080", "http": "http://proxy.corp:8080"})
    assert described.proxy == "proxy.corp:8080 (from this computer's settings)"


def test_the_proxy_variables_are_named_as_the_source():
    described = _describe(
        ProxyChoice(), {"https": "http://proxy.corp:3128"}, environ={"HTTPS_PROXY": "http://proxy.corp:3128"}
    )
    assert described.proxy == "proxy.corp:3128 (from the proxy variables)"


def test_a_bypassed_endpoint_says_it_connects_directly():
    described = _describe(ProxyChoice(), {"https": "http://proxy.corp:8080"}, bypass=True)
    assert described.proxy.startswith("none for bedrock-runtime.us-east-1.amazonaws.com")


def test_no_system_proxy_says_so():
    assert _describe(ProxyChoice(), {}).proxy == "none (none in this computer's settings)"


def test_a_manual_proxy_is_named_with_its_user_and_never_its_password():
    described = _describe(MANUAL, {"https": "http://proxy.corp:8080"})
    assert described.proxy == "proxy.example.com:8080 (set in pixdesk, as jane)"
    assert PASSWORD not in described.sentence()


def test_no_proxy_says_it_ignores_the_computers_settings():
    assert _describe(ProxyChoice(ProxyMode.NONE), {"https": "http://proxy.corp:8080"}).proxy.startswith("none")


def test_the_certificates_say_which_bundle_wins(monkeypatch, tmp_path):
    bundle = tmp_path / "corp-ca.pem"
    bundle.write_text("")
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    assert "system trust store" in _describe(ProxyChoice(), {}).certificates
    monkeypatch.setenv("AWS_CA_BUNDLE", str(bundle))
    described = network.describe_network(ProxyChoice(), system_proxies=dict, bypass=lambda host: False)
    assert described.certificates == "only those in corp-ca.pem (AWS_CA_BUNDLE)"
    assert described.sentence().startswith("Proxy: none")


# --- the password in the keychain ----------------------------------------------------------------------


@pytest.fixture
def memory_keyring():
    class MemoryKeyring(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.passwords: dict[tuple[str, str], str] = {}
            self.reads = 0

        def get_password(self, service: str, username: str) -> str | None:
            self.reads += 1
            return self.passwords.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.passwords[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.passwords.pop((service, username), None)

    original = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(original)
    keyring.backend.KeyringBackend._classes.discard(MemoryKeyring)


def test_the_proxy_password_has_its_own_place_in_the_keychain(memory_keyring):
    store = {}
    settings = Settings(store)
    choices = Choices(settings, ApiKeyStore())
    choices.change_api_key("ABSKthebedrockapikey")
    assert choices.change_proxy_password(PASSWORD) is True
    assert memory_keyring.passwords == {
        ("pixdesk", "bedrock-api-key"): "ABSKthebedrockapikey",
        ("pixdesk", "proxy-password"): PASSWORD,
    }
    settings.set("network/proxy", "manual")
    settings.set("network/proxy_url", "proxy.example.com:8080")
    settings.set("network/proxy_user", "jane")
    assert Choices(settings, ApiKeyStore()).connection().proxy == MANUAL
    assert PASSWORD not in repr(store)  # never in the settings
    choices.change_proxy_password("")
    assert ("pixdesk", "proxy-password") not in memory_keyring.passwords


def test_the_keychain_is_not_read_for_a_proxy_without_a_user(memory_keyring):
    settings = Settings()
    settings.set("network/proxy", "manual")
    settings.set("network/proxy_url", "proxy.example.com:8080")
    choices = Choices(settings, ApiKeyStore())
    assert choices.proxy() == ProxyChoice(ProxyMode.MANUAL, "proxy.example.com:8080")
    assert memory_keyring.reads == 0


# --- errors -----------------------------------------------------------------------------------------


def _proxy_error(status_line: str, password: str = PASSWORD) -> bx.ProxyConnectionError:
    from botocore.httpsession import mask_proxy_url

    tunnel = OSError(f"Tunnel connection failed: {status_line}")
    error = u3.ProxyError("Unable to connect to proxy", tunnel)
    url = f"http://jane:{quote(password, safe='')}@proxy.corp:8080"  # as pixdesk.bedrock.network writes it
    return bx.ProxyConnectionError(proxy_url=mask_proxy_url(url), error=error)


def test_a_refused_proxy_password_says_where_to_fix_it():
    error = map_exception(_proxy_error("407 Proxy Authentication Required"), "us-east-1")
    assert error.kind is Kind.INVALID_CREDENTIALS and error.action is Action.SIGN_IN  # "Open settings"
    assert error.sentence() == (
        "The proxy server proxy.corp did not accept the user name and password pixdesk gave it. "
        "Check the proxy's user name and password in Settings, under Network."
    )
    assert not error.retryable


def test_an_unreachable_proxy_is_named():
    error = map_exception(_proxy_error("503 Service Unavailable"), "us-east-1")
    assert error.kind is Kind.CONNECTION_FAILED and error.action is Action.CHECK_NETWORK
    assert "through the proxy server proxy.corp" in error.message


def test_a_proxy_error_never_carries_the_password_even_where_botocore_masks_it_badly():
    """botocore's mask replaces the first occurrence: a password found in "http" stays in the URL."""
    exc = _proxy_error("407 Proxy Authentication Required", password="tp")
    assert ":tp@" in str(exc)  # (what botocore itself says)
    error = map_exception(exc, "us-east-1")
    assert "tp@" not in error.detail and "tp@" not in error.sentence()


def test_an_untrusted_certificate_says_what_to_ask_it():
    exc = bx.SSLError(endpoint_url="https://x", error="[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    error = map_exception(exc, "us-east-1")
    assert error.kind is Kind.TLS_FAILED
    assert "inspect secure connections" in error.message and "IT team" in error.action_hint
