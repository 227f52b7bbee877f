"""The network settings in words, for the window and the CLI: which proxy and certificates Bedrock
calls use (pixdesk.bedrock.network does the work; the window may not import it)."""

from __future__ import annotations

from pixdesk.bedrock.network import NetworkInUse, check_proxy_address, describe_network
from pixdesk.domain import ProxyChoice, ProxyMode

__all__ = ["NetworkInUse", "ProxyChoice", "ProxyMode", "check_proxy_address", "describe_network"]
