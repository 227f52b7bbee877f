"""Company networks, for real: a CONNECT proxy that inspects TLS with its own CA (trusted only
through the system's trust store, or through AWS_CA_BUNDLE), with and without a password, and the
proxy choice of Settings. Each question is asked in a subprocess (tests/e2e/network_driver.py):
the trust store hook and SSL_CERT_FILE are process-wide.

On Linux the system trust store is OpenSSL's default store, which SSL_CERT_FILE and SSL_CERT_DIR
point to: that is how the test CA becomes "installed on this computer"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pixdesk.testing.company_ca import CompanyCA
from pixdesk.testing.proxy import InspectingProxy
from pixdesk.testing.server import LocalBedrock

DRIVER = Path(__file__).with_name("network_driver.py")
ROOT = Path(__file__).parents[2]
ENDPOINT = "https://bedrock-runtime.pixdesk.test"  # .test never resolves: only the proxy can reach it
USER, PASSWORD = "jane.doe", "pa:ss@w/rd%"  # characters a URL would mangle unless quoted
# Variables that choose certificates or a proxy: none of this machine's may leak into a run.
_MACHINE = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR", "NIX_SSL_CERT_FILE")


@pytest.fixture
def server():
    with LocalBedrock() as local:  # plain HTTP: the proxy ends TLS and forwards the bytes
        yield local


@pytest.fixture
def other_ca(tmp_path: Path) -> Path:
    """A CA that signed nothing here: a trust store or bundle that does not know the proxy."""
    return CompanyCA(tmp_path / "other-ca", "some other CA").cert_path


@pytest.fixture
def empty_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "no-certificates"
    folder.mkdir()
    return folder


def ask(options: dict[str, object], **env: str) -> dict[str, object]:
    environ = {
        name: value
        for name, value in os.environ.items()
        if not name.lower().endswith("_proxy") and name not in _MACHINE and not name.startswith("AWS_ENDPOINT")
    }
    environ.update(env)
    result = subprocess.run(
        [sys.executable, str(DRIVER), json.dumps(options)],
        env=environ,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    return json.loads(result.stdout)


def through(proxy: InspectingProxy, trusted: Path, empty_dir: Path, **env: str) -> dict[str, str]:
    """The environment of a computer behind `proxy` (from the proxy variables) whose system trust
    store holds only `trusted`."""
    return {
        "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": ENDPOINT,
        "HTTPS_PROXY": proxy.url,
        "SSL_CERT_FILE": str(trusted),
        "SSL_CERT_DIR": str(empty_dir),
        **env,
    }


def test_the_company_ca_in_the_system_trust_store_is_enough(server, empty_dir):
    with InspectingProxy(server._httpd.server_address[:2]) as proxy:
        result = ask({"proxy": "system"}, **through(proxy, proxy.ca.cert_path, empty_dir))
        assert result["ok"] is True, result
        assert "Payment declined" in str(result["text"])
        assert [(c.host, c.port) for c in proxy.connects] == [("bedrock-runtime.pixdesk.test", 443)]
    assert server.requests[-1].auth == "bearer"
    network = str(result["network"])
    assert network.startswith(f"Proxy: {proxy.url.removeprefix('http://')} (from the proxy variables)")
    assert "the system trust store" in network


def test_without_the_system_trust_store_the_company_ca_is_refused_in_plain_words(server, empty_dir):
    """The same computer, with botocore's own certificate list (pixdesk before truststore)."""
    with InspectingProxy(server._httpd.server_address[:2]) as proxy:
        result = ask({"proxy": "system", "without_truststore": True}, **through(proxy, proxy.ca.cert_path, empty_dir))
        assert len(proxy.connects) == 1
    assert result["ok"] is False
    assert result["kind"] == "tls_failed"
    assert "your company's network may inspect secure connections" in str(result["sentence"])
    assert "Ask your IT team to install the company's certificate" in str(result["sentence"])
    assert "certifi" in str(result["network"])
    assert server.requests == []  # nothing got through


def test_aws_ca_bundle_is_honoured(server, other_ca, empty_dir):
    with InspectingProxy(server._httpd.server_address[:2]) as proxy:
        env = through(proxy, other_ca, empty_dir, AWS_CA_BUNDLE=str(proxy.ca.cert_path))
        result = ask({"proxy": "system"}, **env)
    assert result["ok"] is True, result
    assert "Certificates: only those in ca.pem (AWS_CA_BUNDLE)" in str(result["network"])


def test_aws_ca_bundle_wins_over_the_system_trust_store(server, other_ca, empty_dir):
    """A bundle the person set is the only one used, as botocore has always done."""
    with InspectingProxy(server._httpd.server_address[:2]) as proxy:
        result = ask({"proxy": "system"}, **through(proxy, proxy.ca.cert_path, empty_dir, AWS_CA_BUNDLE=str(other_ca)))
    assert result["ok"] is False
    assert result["kind"] == "tls_failed"


def test_a_proxy_set_in_pixdesk_with_its_password_from_the_keychain(server, empty_dir):
    with InspectingProxy(server._httpd.server_address[:2], credentials=(USER, PASSWORD)) as proxy:
        address = proxy.url.removeprefix("http://")
        # The proxy variable points elsewhere: the proxy set in pixdesk wins over the system's.
        env = through(proxy, proxy.ca.cert_path, empty_dir, HTTPS_PROXY="http://127.0.0.1:9")
        options = {"proxy": "manual", "proxy_url": address, "proxy_user": USER, "proxy_password": PASSWORD}
        result = ask(options, **env)
        assert result["ok"] is True, result
        assert [(c.credentials_given, c.accepted) for c in proxy.connects] == [(True, True)]
    assert str(result["network"]).startswith(f"Proxy: {address} (set in pixdesk, as {USER})")


def test_a_wrong_proxy_password_is_said_in_plain_words(server, empty_dir):
    with InspectingProxy(server._httpd.server_address[:2], credentials=(USER, "the right one")) as proxy:
        options = {
            "proxy": "manual",
            "proxy_url": proxy.url,
            "proxy_user": USER,
            "proxy_password": PASSWORD,
        }
        result = ask(options, **through(proxy, proxy.ca.cert_path, empty_dir))
        assert proxy.connects and all(c.credentials_given and not c.accepted for c in proxy.connects)
    assert result["ok"] is False
    assert result["kind"] == "invalid_credentials"
    assert str(result["sentence"]) == (
        "The proxy server 127.0.0.1 did not accept the user name and password pixdesk gave it. "
        "Check the proxy's user name and password in Settings, under Network."
    )
    assert server.requests == []


@pytest.mark.parametrize(
    ("mode", "no_proxy", "proxied"),
    [("none", "", False), ("system", "", True), ("system", "127.0.0.1", False)],
    ids=["no-proxy-ignores-HTTPS_PROXY", "system-uses-HTTPS_PROXY", "system-honours-NO_PROXY"],
)
def test_no_proxy_connects_directly_whatever_https_proxy_says(empty_dir, mode, no_proxy, proxied):
    with LocalBedrock(tls=True) as direct, InspectingProxy(("127.0.0.1", 9)) as proxy:
        env = {
            "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": direct.url,
            "AWS_CA_BUNDLE": str(direct.ca_bundle),
            "HTTPS_PROXY": proxy.url,
            "SSL_CERT_DIR": str(empty_dir),
        }
        if no_proxy:
            env["NO_PROXY"] = no_proxy
        result = ask({"proxy": mode}, **env)
        assert bool(proxy.connects) is proxied
    assert result["ok"] is not proxied, result  # (the proxy sends its tunnels nowhere: port 9)
    if mode == "none":
        assert str(result["network"]).startswith("Proxy: none (connects directly")


def test_the_sign_in_calls_botocore_makes_by_itself_take_the_proxy_too(server, empty_dir, tmp_path):
    """A role to assume: the credential chain calls STS with a client botocore makes itself (as it
    does for an SSO sign-in). It must go through the proxy set in pixdesk, not the system's."""
    config = tmp_path / "aws-config"
    config.write_text(
        "[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n\n"
        "[profile corp]\nrole_arn = arn:aws:iam::123456789012:role/pixdesk\nsource_profile = base\n"
    )
    with InspectingProxy(server._httpd.server_address[:2]) as proxy:
        env = through(
            proxy,
            proxy.ca.cert_path,
            empty_dir,
            HTTPS_PROXY="http://127.0.0.1:9",  # the system's proxy: unreachable
            AWS_CONFIG_FILE=str(config),
            AWS_ENDPOINT_URL_STS="https://sts.pixdesk.test",  # (.test: never the real STS)
        )
        ask({"proxy": "manual", "proxy_url": proxy.url, "profile": "corp", "sign_in": True}, **env)
        assert proxy.connects and proxy.connects[0].host == "sts.pixdesk.test"
