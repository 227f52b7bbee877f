"""The release workflow's structure, and the installer tests it runs: what can be proven on Linux
before a tag sends it to real Windows and macOS runners. .ci/run also lints every workflow with
actionlint; these tests check what a linter cannot know (which runners, which steps, which secrets).
The macOS disk-image test runs here against stand-ins for hdiutil, codesign, spctl and xcrun."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
RELEASE = WORKFLOWS / "release.yml"
WINDOWS_TEST = ROOT / "packaging" / "windows" / "test-installer.ps1"
MACOS_TEST = ROOT / "packaging" / "macos" / "test-dmg.sh"
ISS = ROOT / "packaging" / "windows" / "pixdesk.iss"

# The first major of each action that runs on Node 24 ("runs.using: node24" in its action.yml at
# that tag; the majors before run on Node 20, which GitHub removes from its runners:
# https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/).
# checkout v5, setup-python v6, upload-artifact v6 (v5 still defaulted to Node 20), download-artifact v7.
FIRST_NODE24_MAJOR = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/upload-artifact": 6,
    "actions/download-artifact": 7,
}

BUILD_RUNNERS = {
    "ubuntu-22.04": "Linux",  # glibc 2.35, the oldest the bundle supports
    "windows-2022": "Windows",
    "macos-15": "macOS",  # Apple silicon
    "macos-15-intel": "macOS",  # Intel; macos-13 was retired in December 2025
}

# Per platform: the script that builds the installer, then the one that installs and tests it
# (Linux's build.sh tries the per-user install, a run and the uninstall itself).
INSTALLER_SCRIPTS = {
    "Linux": ("packaging/linux/build.sh", "packaging/linux/build.sh"),
    "Windows": ("packaging/windows/build.ps1", "packaging/windows/test-installer.ps1"),
    "macOS": ("packaging/macos/build-dmg.sh", "packaging/macos/test-dmg.sh"),
}

SIGNING_SECRETS = {
    "Windows": {
        "AZURE_TENANT_ID",
        "AZURE_CLIENT_ID",
        "AZURE_CLIENT_SECRET",
        "AZURE_SIGNING_ENDPOINT",
        "AZURE_SIGNING_ACCOUNT",
        "AZURE_SIGNING_PROFILE",
    },
    "macOS": {
        "MACOS_CERTIFICATE_P12_BASE64",
        "MACOS_CERTIFICATE_PASSWORD",
        "MACOS_SIGN_IDENTITY",
        "APPLE_ID",
        "APPLE_TEAM_ID",
        "APPLE_APP_PASSWORD",
    },
}


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    # YAML 1.1 (PyYAML) reads the bare key `on` as the boolean True.
    return workflow.get("on", workflow.get(True))


def build_steps() -> list[dict]:
    return load(RELEASE)["jobs"]["build"]["steps"]


def step_os(step: dict) -> str | None:
    """The platform a step is limited to (`if: runner.os == 'Windows'`), None if it runs on all."""
    match = re.fullmatch(r"runner\.os == '(\w+)'", str(step.get("if", "")).strip())
    return match[1] if match else None


def step_index(steps: list[dict], os_name: str, script: str, start: int = 0) -> int:
    for index in range(start, len(steps)):
        if step_os(steps[index]) == os_name and steps[index].get("run", "").strip() == script:
            return index
    raise AssertionError(f"no {os_name} step runs {script} (from step {start} on)")


def all_action_uses() -> list[tuple[str, str]]:
    found = []
    for workflow_path in sorted(WORKFLOWS.glob("*.yml")):
        for job in load(workflow_path)["jobs"].values():
            found += [(workflow_path.name, step["uses"]) for step in job.get("steps", []) if "uses" in step]
    return found


def test_the_builds_run_on_the_supported_runner_images():
    matrix = load(RELEASE)["jobs"]["build"]["strategy"]["matrix"]["include"]
    assert {entry["os"] for entry in matrix} == set(BUILD_RUNNERS)
    assert len({entry["name"] for entry in matrix}) == len(matrix), "artifact names must differ"


def test_every_action_is_on_a_node24_major():
    uses = all_action_uses()
    assert uses
    for workflow_name, use in uses:
        action, _, ref = use.partition("@")
        assert action in FIRST_NODE24_MAJOR, f"{workflow_name}: {use}: add its first Node 24 major to this test"
        major = re.fullmatch(r"v(\d+)(?:\.\d+)*", ref)
        assert major, f"{workflow_name}: {use}: pin a major version tag"
        assert int(major[1]) >= FIRST_NODE24_MAJOR[action], f"{workflow_name}: {use} runs on Node 20"


@pytest.mark.parametrize("os_name", sorted(INSTALLER_SCRIPTS))
def test_every_build_tests_its_installer_before_uploading_it(os_name):
    steps = build_steps()
    build_script, test_script = INSTALLER_SCRIPTS[os_name]
    built = step_index(steps, os_name, build_script)
    tested = step_index(steps, os_name, test_script, start=built)
    upload = next(i for i, step in enumerate(steps) if str(step.get("uses", "")).startswith("actions/upload-artifact"))
    assert step_os(steps[upload]) is None, "every platform uploads its installer"
    assert built <= tested < upload
    assert (ROOT / test_script).is_file()


def test_the_platform_scripts_run_in_the_shell_they_are_written_for():
    for step in build_steps():
        if step.get("run", "").strip().endswith(".ps1"):
            assert step.get("shell") == "pwsh", step["name"]


def secret_references(step: dict) -> dict[str, str]:
    return {name: str(value) for name, value in step.get("env", {}).items() if "secrets." in str(value)}


@pytest.mark.parametrize("os_name", sorted(SIGNING_SECRETS))
def test_signing_secrets_reach_only_their_platforms_build_step(os_name):
    build_script = INSTALLER_SCRIPTS[os_name][0]
    build = build_steps()[step_index(build_steps(), os_name, build_script)]
    passed = secret_references(build)
    assert set(passed) == SIGNING_SECRETS[os_name]
    assert all(value == f"${{{{ secrets.{name} }}}}" for name, value in passed.items())


def test_no_other_step_sees_a_secrets_value():
    build_scripts = {scripts[0] for scripts in INSTALLER_SCRIPTS.values()}
    for step in build_steps():
        if step.get("run", "").strip() in build_scripts:
            continue
        for name, value in secret_references(step).items():
            # Other steps may learn whether a secret is set (`secrets.X != ''`), never its value.
            assert "secrets." not in re.sub(r"secrets\.\w+ != ''", "", value), f"{step.get('name')}: {name}"


def test_the_pfx_signing_is_gone():
    text = RELEASE.read_text(encoding="utf-8")
    assert "WINDOWS_CERTIFICATE" not in text


@pytest.mark.parametrize("os_name", sorted(SIGNING_SECRETS))
def test_the_installer_tests_expect_signatures_exactly_when_the_secrets_exist(os_name):
    steps = build_steps()
    test = steps[step_index(steps, os_name, INSTALLER_SCRIPTS[os_name][1])]
    expect_signed = test["env"]["PIXDESK_EXPECT_SIGNED"]
    identity = "MACOS_SIGN_IDENTITY" if os_name == "macOS" else None
    required = {identity} if identity else SIGNING_SECRETS[os_name]
    assert set(re.findall(r"secrets\.(\w+) != ''", expect_signed)) == required


def filter_pattern(pattern: str) -> re.Pattern[str]:
    """GitHub's filter pattern as a regular expression: `*` any characters but `/`, `**` any,
    `?`/`+` zero-or-one/one-or-more of the preceding character, `[...]` one of the characters
    (https://docs.github.com/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet)."""
    assert not pattern.startswith("!"), "negative patterns are not handled here"
    parts, index = [], 0
    while index < len(pattern):
        if pattern.startswith("**", index):
            parts.append(".*")
            index += 2
        elif pattern[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif pattern[index] == "[":
            end = pattern.index("]", index)
            parts.append(pattern[index : end + 1])
            index = end + 1
        elif pattern[index] in "?+":
            parts.append(pattern[index])
            index += 1
        else:
            parts.append(re.escape(pattern[index]))
            index += 1
    return re.compile("".join(parts))


def tag_triggers_release(tag: str) -> bool:
    patterns = triggers(load(RELEASE))["push"]["tags"]
    return any(filter_pattern(pattern).fullmatch(tag) for pattern in patterns)


@pytest.mark.parametrize(
    ("tag", "releases"),
    [
        ("v1.2.0", True),
        ("v1.2.0rc1", True),
        ("v1.2.0-beta.1", True),
        ("v1.2.0a1", True),
        ("v10.0", True),
        ("vacation-photos", False),
        ("latest", False),
    ],
)
def test_version_tags_and_pre_release_tags_build(tag, releases):
    assert tag_triggers_release(tag) is releases
    release_if = load(RELEASE)["jobs"]["release"]["if"]
    assert release_if == "startsWith(github.ref, 'refs/tags/v')"


def test_the_filter_pattern_reading_is_right():
    assert filter_pattern("v*").fullmatch("v1.2.0-beta.1")
    assert not filter_pattern("v[0-9]*").fullmatch("vx")
    assert not filter_pattern("v*").fullmatch("v1/2")
    assert filter_pattern("v**").fullmatch("v1/2")


def draft_release_arguments(tmp_path: Path, tag: str) -> list[str]:
    """Run the release job's `gh release create` step with a stand-in gh; the arguments it got."""
    steps = load(RELEASE)["jobs"]["release"]["steps"]
    step = next(step for step in steps if "gh release create" in step.get("run", ""))
    bin_dir, log = tmp_path / "bin", tmp_path / "gh-arguments"
    bin_dir.mkdir()
    write_script(bin_dir / "gh", f'printf "%s\\n" "$@" > "{log}"\n')
    (tmp_path / "artifacts").mkdir()
    (tmp_path / "artifacts" / "pixdesk-1.2.0-linux-x86_64.tar.gz").write_bytes(b"")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "GITHUB_REF_NAME": tag}
    env |= {"GITHUB_REPOSITORY": "pixdesk/pixdesk", "GH_TOKEN": "unused"}
    # GitHub runs a bash step as `bash --noprofile --norc -eo pipefail {0}`.
    subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=tmp_path, env=env, check=True
    )
    return log.read_text(encoding="utf-8").splitlines()


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash, as the release job's runner has")
@pytest.mark.parametrize(
    ("tag", "prerelease"),
    [("v1.2.0", False), ("v1.10", False), ("v1.2.0rc1", True), ("v1.2.0-beta.1", True), ("v2.0.0.dev3", True)],
)
def test_the_release_is_a_draft_and_pre_releases_are_marked(tmp_path, tag, prerelease):
    arguments = draft_release_arguments(tmp_path, tag)
    assert arguments[:3] == ["release", "create", tag]
    assert "--draft" in arguments
    assert ("--prerelease" in arguments) is prerelease
    assert "artifacts/pixdesk-1.2.0-linux-x86_64.tar.gz" in arguments


# --- The Windows installer test: it cannot run here, so it must at least look where pixdesk.iss writes.


def iss_define(name: str) -> str:
    return re.search(rf'^#define {name} "([^"]+)"', ISS.read_text(encoding="utf-8"), re.M)[1]


def ps1_string(name: str) -> str:
    return re.search(rf'^\${name} = "([^"]+)"', WINDOWS_TEST.read_text(encoding="utf-8"), re.M)[1]


def test_the_windows_installer_test_looks_for_what_the_iss_installs():
    app_id = re.search(r"^AppId=\{(\{[0-9A-F-]+\})", ISS.read_text(encoding="utf-8"), re.M)[1]  # "{{" escapes "{"
    assert ps1_string("AppId") == app_id
    assert ps1_string("AppExe") == iss_define("AppExe")
    assert ps1_string("ProgId") == iss_define("ProgId")
    text = WINDOWS_TEST.read_text(encoding="utf-8")
    assert r"HKCU:\Software\Classes\Applications\$AppExe" in text
    assert r"HKCU:\Software\Classes\$ProgId" in text


def test_the_windows_installer_test_chooses_every_optional_task():
    text = ISS.read_text(encoding="utf-8")
    tasks_section = re.search(r"^\[Tasks\]\n(.*?)^\[", text, re.M | re.S)[1]
    iss_tasks = set(re.findall(r'^Name: "(\w+)"', tasks_section, re.M))
    assert set(ps1_string("Tasks").split(",")) == iss_tasks


def test_the_windows_installer_test_installs_and_uninstalls_silently_and_waits():
    text = WINDOWS_TEST.read_text(encoding="utf-8")
    for option in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/TASKS=", "/DIR=", "/LOG="):
        assert f'"{option}' in text, option
    assert "Start-Process -FilePath $Exe -ArgumentList $Arguments -Wait -PassThru" in text
    assert '"unins000.exe"' in text
    # The uninstaller's first process returns before the folder goes: the test must poll.
    assert "Wait-Uninstalled $installDir" in text
    order = ["Assert-Installed $installDir", '"pixdesk-cli.exe") --self-test', "Wait-Uninstalled $installDir"]
    assert [text.index(marker) for marker in order] == sorted(text.index(marker) for marker in order)


# --- The macOS disk-image test, run against stand-ins for Apple's tools.


def write_script(path: Path, body: str) -> None:
    path.write_text(f"#!/usr/bin/env bash\n{body}", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


FAKE_TOOLS = {
    # attach: make the mounted volume with the app in it at -mountpoint.
    "hdiutil": """echo "hdiutil $*" >> "$CALLS"
if [ "$1" = attach ]; then
    while [ $# -gt 0 ]; do [ "$1" = -mountpoint ] && mount_point=$2; shift; done
    mkdir -p "$mount_point/pixdesk.app/Contents/MacOS"
    cp "$FAKE_APP" "$mount_point/pixdesk.app/Contents/MacOS/pixdesk"
fi
""",
    "codesign": """echo "codesign $*" >> "$CALLS"
case " $* " in *" --display "*) echo "Authority=${FAKE_AUTHORITY:-}" >&2 ;; esac
""",
    "spctl": 'echo "spctl $*" >> "$CALLS"\n',
    "xcrun": 'echo "xcrun $*" >> "$CALLS"\n',
}


def run_dmg_test(tmp_path: Path, *, self_test_exit: int = 0, authority: str = "", **expect: str):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in FAKE_TOOLS.items():
        write_script(bin_dir / name, body)
    write_script(tmp_path / "app", f'echo "pixdesk $*" >> "$CALLS"\nexit {self_test_exit}\n')
    calls = tmp_path / "calls"
    calls.touch()
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "CALLS": str(calls)}
    env |= {"FAKE_APP": str(tmp_path / "app"), "FAKE_AUTHORITY": authority, **expect}
    dmg = tmp_path / "pixdesk-1.2.0-macos-arm64.dmg"
    dmg.write_bytes(b"")
    result = subprocess.run(["bash", str(MACOS_TEST), str(dmg)], env=env, capture_output=True, text=True, check=False)
    return result, calls.read_text(encoding="utf-8").splitlines()


macos_script_runs = pytest.mark.skipif(
    sys.platform == "win32" or shutil.which("bash") is None, reason="runs the bash script"
)


@macos_script_runs
def test_the_dmg_test_self_tests_the_mounted_app_and_verifies_its_signature(tmp_path):
    result, calls = run_dmg_test(tmp_path)
    assert result.returncode == 0, result.stderr
    assert calls[0].startswith("hdiutil attach -nobrowse -readonly")
    assert calls[1] == "pixdesk --self-test"
    assert any(call.startswith("codesign --verify --deep --strict") for call in calls)
    assert calls[-1].startswith("hdiutil detach")
    assert not any(call.startswith(("spctl", "xcrun")) for call in calls), "unsigned: no Gatekeeper check"


@macos_script_runs
def test_the_dmg_test_fails_and_still_detaches_when_the_self_test_fails(tmp_path):
    result, calls = run_dmg_test(tmp_path, self_test_exit=1)
    assert result.returncode != 0
    assert calls[-1].startswith("hdiutil detach")
    assert not any(call.startswith("codesign") for call in calls)


@macos_script_runs
def test_the_dmg_test_asks_gatekeeper_when_notarized(tmp_path):
    authority = "Developer ID Application: pixdesk (TEAMID)"
    expect = {"PIXDESK_EXPECT_SIGNED": "true", "PIXDESK_EXPECT_NOTARIZED": "true"}
    result, calls = run_dmg_test(tmp_path, authority=authority, **expect)
    assert result.returncode == 0, result.stderr
    assert any(call.startswith("xcrun stapler validate") for call in calls)
    assert any(re.match(r"spctl --assess .*--type execute .*pixdesk\.app$", call) for call in calls)


@macos_script_runs
def test_the_dmg_test_fails_when_a_signed_build_lacks_the_developer_id(tmp_path):
    result, calls = run_dmg_test(tmp_path, authority="", PIXDESK_EXPECT_SIGNED="true")
    assert result.returncode != 0
    assert "Developer ID" in result.stderr
    assert calls[-1].startswith("hdiutil detach")


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck not installed (.ci/run installs it)")
def test_the_dmg_test_passes_shellcheck():
    subprocess.run(["shellcheck", str(MACOS_TEST)], check=True)


def test_the_dmg_test_is_executable():
    assert MACOS_TEST.stat().st_mode & stat.S_IXUSR
