"""`pixdesk sign-in`: sign in with the company's AWS access (IAM Identity Center) from a terminal,
with a code typed on any device (no browser needed on this computer). The sign-in is saved as the
AWS CLI saves its own (an sso-session and a profile in the AWS config file, the token in the SSO
cache), so `pixdesk ask --profile NAME` and the AWS CLI both use it.

`--profile NAME` signs in again to a sign-in already set up, asking nothing else."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from typing import Any

from pixdesk import catalog
from pixdesk.cli.support import EXIT_OK, Commands, add_debug_option, say, settings_from
from pixdesk.cli.terminal import printable
from pixdesk.errors import Action, Kind, KnownError, bad_input
from pixdesk.services.sso_sign_in import RoleChoice, SsoSignIn, sso_session_of


def add_parser(commands: Commands) -> None:
    parser = commands.add_parser(
        "sign-in",
        help="sign in with your company's AWS access (IAM Identity Center), with a code typed on any device",
    )
    parser.add_argument("--start-url", help="your company's AWS sign-in page (the AWS access portal URL)")
    parser.add_argument("--sso-region", help="the region of that sign-in (IAM Identity Center's), e.g. eu-central-1")
    parser.add_argument("--account-id", help="the AWS account to use, when you may use several")
    parser.add_argument("--role-name", help="the role to use in it, when there are several")
    parser.add_argument(
        "--region", default=catalog.DEFAULT_REGION, help=f"where Bedrock answers (default {catalog.DEFAULT_REGION})"
    )
    parser.add_argument("--profile", help="sign in again to this profile's sign-in (nothing else is asked)")
    add_debug_option(parser)


async def _blocking(function: Callable[..., Any], *args: Any) -> Any:
    return await asyncio.to_thread(function, *args)


def run(args: argparse.Namespace) -> int:
    if args.profile:
        session = sso_session_of(args.profile)
        if session is None:
            raise bad_input(f"The profile “{args.profile}” does not sign in with IAM Identity Center.")
        asyncio.run(_sign_in(SsoSignIn(_blocking, session), args))
        say(f"signed in again: profile “{args.profile}”.")
        return EXIT_OK
    # The sign-in page IT set (and perhaps locked) for this computer, unless another is given (and allowed).
    args.start_url = settings_from({"aws/sso_start_url": args.start_url}).get("aws/sso_start_url")
    if not args.start_url or not args.sso_region:
        raise bad_input("Give the sign-in page with --start-url and its region with --sso-region.")
    profile = asyncio.run(_sign_in(SsoSignIn(_blocking), args))
    print(profile)  # on stdout, for scripts: the profile to use with --profile
    say(f"signed in. Use it with: pixdesk ask --profile {printable(profile)} … (the AWS CLI can use it too)")
    return EXIT_OK


async def _sign_in(sign_in: SsoSignIn, args: argparse.Namespace) -> str:
    step = await sign_in.start(args.start_url or "", args.sso_region or "", use_code=True)
    say(f"open {printable(step.verification_uri)} on this or any other device and enter the code {step.user_code}")
    say("waiting for you to sign in there… (Ctrl+C stops)")
    await sign_in.finish()
    if sign_in.renewing:
        return args.profile or ""
    choice = _choose(await sign_in.roles(), args.account_id, args.role_name)
    saved = await sign_in.save(choice, args.region)
    return saved.profile


def _choose(roles: list[RoleChoice], account_id: str | None, role_name: str | None) -> RoleChoice:
    """The role asked for, or the only one there is; else a list of them and what to add."""
    matching = [r for r in roles if (account_id in (None, r.account_id)) and (role_name in (None, r.role_name))]
    if len(matching) == 1:
        return matching[0]
    if not matching:
        raise KnownError(
            Kind.ACCESS_DENIED,
            "Your sign-in may not use that account and role." if roles else "Your sign-in may not use any AWS account.",
            Action.SIGN_IN,
            "Ask your IT team which account and role to use.",
        )
    for number, role in enumerate(matching, 1):
        print(printable(f"  {number}. {role.title}"), file=sys.stderr)
    if sys.stdin.isatty():  # a person at the terminal: ask
        answer = input(f"Which one (1–{len(matching)})? ").strip()
        if answer.isdigit() and 1 <= int(answer) <= len(matching):
            return matching[int(answer) - 1]
    raise bad_input(
        "There is more than one account or role: say which with --account-id and --role-name.",
        f"For example: --account-id {matching[0].account_id} --role-name {matching[0].role_name}",
    )
