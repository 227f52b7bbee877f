"""The organisation's managed settings (pixdesk.managed) on the command line: the same locks and
allowed geographies as the window. A refused --region, --tier or --profile ends the command with
one plain sentence and the bad-input exit code, before anything is read or sent."""

from __future__ import annotations

import argparse

from pixdesk.bedrock.client import configured_region
from pixdesk.errors import KnownError, bad_input
from pixdesk.managed import REGION, Policy, machine_policy
from pixdesk.services.quota import QuotaLimits
from pixdesk.settings import Settings

PROFILE, TIER = "aws/profile", "bedrock/tier"
QUOTA = ("quota/requests_per_minute", "quota/tokens_per_minute", "quota/tokens_per_day")


def managed_settings(policy: Policy | None = None) -> Settings:
    """This command's settings: the declared defaults under this computer's policy, in memory
    (a command neither reads nor changes the window's own choices)."""
    return Settings(policy=machine_policy() if policy is None else policy)


def obey_policy(args: argparse.Namespace, settings: Settings) -> None:
    """Fill args.profile, args.tier and args.region with what this command uses: an option given
    is checked against the policy (KnownError if refused); one not given is the policy's (or the
    built-in) choice. The region not given: your AWS configuration's if it is allowed here, then
    the policy's default, then the built-in default (or the first allowed region)."""
    for key, option, name in ((PROFILE, "--profile", "profile"), (TIER, "--tier", "tier")):
        given = getattr(args, name)
        if given is None:
            setattr(args, name, settings.get(key) or None)  # (an empty profile: the default credential chain)
        else:
            _check(settings, key, option, given)
    if args.region is not None:
        _check(settings, REGION, "--region", args.region)
    elif settings.locked(REGION):
        args.region = settings.get(REGION)
    else:
        configured = configured_region(args.profile)
        usable = configured is not None and not settings.refusal(REGION, configured)
        args.region = configured if usable else settings.get(REGION)


def _check(settings: Settings, key: str, option: str, value: str) -> None:
    refusal = settings.refusal(key, value)
    if refusal:
        raise _refused(option, value, refusal)


def _refused(option: str, value: str, refusal: str) -> KnownError:
    return bad_input(f"{option} {value}: {refusal}", "Leave the option out to use what your organisation set.")


def managed_quota(given: tuple[int, int] | None, settings: Settings) -> tuple[int, int]:
    """--quota REQUESTS,TOKENS, or the organisation's (else Bedrock's default) a-minute quota;
    refused when the organisation locked it to other numbers."""
    keys = ("quota/requests_per_minute", "quota/tokens_per_minute")
    if given is None:
        return settings.get(keys[0]), settings.get(keys[1])
    for key, value in zip(keys, given, strict=True):
        refusal = settings.refusal(key, value)
        if refusal:
            raise _refused("--quota", ",".join(map(str, given)), refusal)
    return given


def policy_quota(settings: Settings) -> QuotaLimits | None:
    """The quota the organisation set (any of its three numbers; the others Bedrock's defaults),
    for a command that has no --quota (`pixdesk ask`); None when it set none: then the command
    paces as a running pixdesk was told, else to Bedrock's defaults."""
    policy = settings.policy
    if not any(key in policy.values or policy.is_locked(key) for key in QUOTA):
        return None
    requests, tokens, daily = (settings.get(key) for key in QUOTA)
    return QuotaLimits(requests, tokens, daily)
