"""The update check over real HTTP, against the local release feed: newer, same, older, malformed,
an HTTP error and a closed port — each one plain outcome, nothing downloaded but the feed."""

from __future__ import annotations

import json
import os

import pytest

from helpers import run_pixdesk as pixdesk
from pixdesk import __version__
from pixdesk.services.updates import FEED_URL_VARIABLE, Outcome, check_for_update, own_version
from pixdesk.testing.release_feed import LocalReleaseFeed, closed_port_url


@pytest.fixture
def feed():
    with LocalReleaseFeed() as server:
        yield server


def _tag(offset: int) -> str:
    """This copy's version with its minor number moved by `offset` ("v0.2.0" for 0.1.0 and +1)."""
    numbers = [*own_version(__version__)[0], 0, 0]
    numbers[1] += offset
    return "v" + ".".join(str(n) for n in numbers[:3])


def test_newer(feed):
    feed.serve_release(_tag(+1), "## What's new\n\n- Clearer errors")
    result = check_for_update(feed.url)
    assert result.outcome is Outcome.NEWER and result.release is not None
    assert result.release.notes == "## What's new\n\n- Clearer errors"
    assert result.message.startswith(f"pixdesk {result.release.version} is available")
    request = feed.requests[0]
    assert request.headers["User-Agent"] == f"pixdesk/{__version__}"  # says which version asks, nothing more
    assert request.headers["Accept"] == "application/vnd.github+json"


def test_same(feed):
    feed.serve_release(f"v{__version__}")
    assert check_for_update(feed.url).outcome is Outcome.SAME


@pytest.mark.skipif(own_version(__version__)[0] <= (0, 0, 1), reason="nothing is older than 0.0.1")
def test_older(feed):
    feed.serve_release("v0.0.1")
    assert check_for_update(feed.url).outcome is Outcome.OLDER


def test_malformed(feed):
    feed.serve_raw(b"<html><body>Service temporarily rate limited</body></html>")
    result = check_for_update(feed.url)
    assert result.outcome is Outcome.MALFORMED and "could not read" in result.message


def test_server_error_is_unreachable(feed):
    feed.serve_json({"message": "Server Error"}, status=500)
    result = check_for_update(feed.url)
    assert result.outcome is Outcome.UNREACHABLE and result.detail == "HTTP 500 from the feed"
    assert len(feed.requests) == 1  # asked once: no retry loop against a failing server


def test_closed_port_is_unreachable():
    result = check_for_update(closed_port_url())
    assert result.outcome is Outcome.UNREACHABLE
    assert result.message == (
        "pixdesk could not reach its release page. Check your internet connection, then try again later."
    )


# --- `pixdesk check-update` ------------------------------------------------------------------------


def test_cli_says_a_newer_version_with_its_page_and_notes(feed, monkeypatch):
    monkeypatch.setenv(FEED_URL_VARIABLE, feed.url)
    feed.serve_release("v99.0.0", "## What's new\n\n- Clearer errors\x1b[2J", page="https://example.org/pixdesk/99")
    result = pixdesk("check-update")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"pixdesk 99.0 is available (you have {__version__})."
    assert lines[1] == "Download it from https://example.org/pixdesk/99"
    assert "- Clearer errors" in result.stdout and "\x1b" not in result.stdout  # the notes, made safe to print
    assert len(feed.requests) == 1


def test_cli_latest_version_and_json(feed, monkeypatch):
    monkeypatch.setenv(FEED_URL_VARIABLE, feed.url)
    feed.serve_release(f"v{__version__}")
    result = pixdesk("check-update")
    assert (result.returncode, result.stdout.strip()) == (0, f"You have the latest version of pixdesk ({__version__}).")
    answer = json.loads(pixdesk("check-update", "--json").stdout)
    assert answer["outcome"] == "same" and answer["current"] == __version__


def test_cli_unreachable_exits_5_with_one_sentence(monkeypatch):
    monkeypatch.setenv(FEED_URL_VARIABLE, closed_port_url())
    result = pixdesk("check-update")
    assert result.returncode == 5 and result.stdout == ""
    assert result.stderr.strip() == (
        "pixdesk: pixdesk could not reach its release page. Check your internet connection, then try again later."
    )


# --- on a company network: the proxy and certificates Bedrock's calls use ---------------------------


def _through_company_proxy(feed, proxy, monkeypatch, trusted_ca) -> None:
    for name in list(os.environ):
        if name.lower().endswith("_proxy") or name in ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE"):
            monkeypatch.delenv(name)
    monkeypatch.setenv(FEED_URL_VARIABLE, "https://releases.pixdesk.test/latest")  # only the proxy reaches .test
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)  # the system's proxy, as IT sets it
    monkeypatch.setenv("SSL_CERT_FILE", str(trusted_ca))  # Linux's trust store: what is "installed"


def test_cli_goes_through_the_system_proxy_trusting_the_system_store(feed, monkeypatch):
    from pixdesk.testing.proxy import InspectingProxy

    feed.serve_release("v99.0.0")
    with InspectingProxy(("127.0.0.1", feed._httpd.server_port)) as proxy:
        _through_company_proxy(feed, proxy, monkeypatch, proxy.ca.cert_path)
        result = pixdesk("check-update")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("pixdesk 99.0 is available")
    assert [(c.host, c.port) for c in proxy.connects] == [("releases.pixdesk.test", 443)]


def test_cli_refuses_a_proxy_whose_certificate_is_not_trusted(feed, monkeypatch, tmp_path):
    from pixdesk.testing.company_ca import CompanyCA
    from pixdesk.testing.proxy import InspectingProxy

    feed.serve_release("v99.0.0")
    stranger = CompanyCA(tmp_path / "other-ca", "some other CA").cert_path
    with InspectingProxy(("127.0.0.1", feed._httpd.server_port)) as proxy:
        _through_company_proxy(feed, proxy, monkeypatch, stranger)
        result = pixdesk("check-update", "--debug")
    assert (
        result.returncode == 5 and "could not reach" in result.stderr and "CERTIFICATE_VERIFY_FAILED" in result.stderr
    )
    assert feed.requests == []


USER, PASSWORD = "jane.doe", "pa:ss@w/rd%"  # characters a proxy URL would mangle unless quoted


def test_the_proxy_typed_in_settings_with_its_password(feed, monkeypatch):
    from pixdesk.domain import ProxyChoice, ProxyMode
    from pixdesk.testing.proxy import InspectingProxy

    feed.serve_release("v99.0.0")
    with InspectingProxy(("127.0.0.1", feed._httpd.server_port), credentials=(USER, PASSWORD)) as proxy:
        _through_company_proxy(feed, proxy, monkeypatch, proxy.ca.cert_path)
        monkeypatch.delenv("HTTPS_PROXY")  # only Settings names it
        manual = ProxyChoice(ProxyMode.MANUAL, proxy.url.removeprefix("http://"), USER, PASSWORD)
        result = check_for_update(proxy=manual)
    assert result.outcome is Outcome.NEWER, result.detail
    assert [(c.credentials_given, c.accepted) for c in proxy.connects] == [(True, True)]
    assert PASSWORD not in result.detail


def test_no_proxy_in_settings_connects_directly_whatever_the_variables_say(feed, monkeypatch):
    from pixdesk.domain import ProxyChoice, ProxyMode
    from pixdesk.testing.proxy import InspectingProxy

    with InspectingProxy(("127.0.0.1", feed._httpd.server_port)) as proxy:
        _through_company_proxy(feed, proxy, monkeypatch, proxy.ca.cert_path)
        result = check_for_update(proxy=ProxyChoice(ProxyMode.NONE))
    assert result.outcome is Outcome.UNREACHABLE  # releases.pixdesk.test resolves nowhere without the proxy
    assert proxy.connects == []
