"""The Windows installer's script (packaging/windows/pixdesk.iss) and its build script
(packaging/windows/build.ps1), checked on Linux: neither Inno Setup nor PowerShell runs here, so
these tests read their structure, and where a rule can be run (Inno Setup's version and sign-tool
parsing, keyring's Credential Manager names) run a faithful copy of it."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from pixdesk import secrets

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
ISS = (PACKAGING / "windows" / "pixdesk.iss").read_text(encoding="utf-8")
BUILD = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
sys.path.insert(0, str(PACKAGING))
import bundle  # noqa: E402

SIGNING_VARIABLES = (
    "AZURE_TENANT_ID",
    "AZURE_CLIENT_ID",
    "AZURE_CLIENT_SECRET",
    "AZURE_SIGNING_ENDPOINT",
    "AZURE_SIGNING_ACCOUNT",
    "AZURE_SIGNING_PROFILE",
)


def section(name: str) -> list[str]:
    """The entry lines of one [Section] of the .iss (comments and blank lines left out)."""
    match = re.search(rf"^\[{re.escape(name)}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    assert match, f"no [{name}] section"
    return [line for line in match[1].splitlines() if line.strip() and not line.lstrip().startswith(";")]


def parameters(entry: str) -> dict[str, str]:
    """An Inno Setup entry's `Name: value; ...` parameters, as Inno reads them: a quoted value
    loses its quotes and each doubled quote inside it stands for one."""
    pairs = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', entry)
    return {name: _unquote(value.strip()) for name, value in pairs}


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('""', '"')
    return value


def setup_directives() -> dict[str, str]:
    return dict(line.split("=", 1) for line in section("Setup") if "=" in line and not line.startswith("#"))


def pascal_function(name: str) -> str:
    """The text of one procedure or function of [Code], up to its closing `end;`."""
    match = re.search(rf"^(?:procedure|function) {name}\b.*?^end;", ISS, re.M | re.S)
    assert match, f"no {name} in [Code]"
    return match[0]


def powershell_function(name: str) -> str:
    match = re.search(rf"^function {name}\b.*?^}}", BUILD, re.M | re.S)
    assert match, f"no function {name} in build.ps1"
    return match[0]


# --- 1. Signing: Azure Artifact Signing through signtool /dlib ------------------------------------


def test_signing_is_gated_on_the_six_azure_variables():
    listed = re.search(r"\$SigningVariables = @\((.*?)\)", BUILD, re.S)
    assert listed
    assert tuple(re.findall(r'"(\w+)"', listed[1])) == SIGNING_VARIABLES
    gate = powershell_function("Get-MissingSigningVariables")
    assert "$SigningVariables" in gate and "GetEnvironmentVariable" in gate
    assert "if ($missing.Count -eq 0)" in BUILD
    assert re.search(r'Write-Host "Not signing: \$\(\$missing -join', BUILD)  # one line, naming what is missing


def test_signing_goes_through_the_artifact_signing_dlib_and_no_certificate_file():
    arguments = powershell_function("Get-SignArguments")
    for flag in ('"/dlib", $Dlib', '"/dmdf", $Metadata', '"/fd", "SHA256"', '"/td", "SHA256"', '"/tr", $TimestampUrl'):
        assert flag in arguments
    assert '$TimestampUrl = "http://timestamp.acs.microsoft.com"' in BUILD
    assert '$SigningClientPackage = "Microsoft.ArtifactSigning.Client"' in BUILD
    dlib = powershell_function("Get-SigningDlib")
    assert "Azure.CodeSigning.Dlib.dll" in dlib and '"x64"' in dlib
    assert "Get-AuthenticodeSignature" in dlib  # Microsoft's signed DLL, or no signing
    assert not re.search(r"pfx|WINDOWS_CERTIFICATE|\"/f\"|\"/p\"", BUILD, re.I)


def test_signing_metadata_names_the_account_and_profile_from_the_environment():
    metadata = powershell_function("New-SigningMetadata")
    assert re.search(r"Endpoint\s+= \$env:AZURE_SIGNING_ENDPOINT", metadata)
    assert re.search(r"CodeSigningAccountName = \$env:AZURE_SIGNING_ACCOUNT", metadata)
    assert re.search(r"CertificateProfileName = \$env:AZURE_SIGNING_PROFILE", metadata)
    excluded = re.findall(r'"(\w+Credential)"', metadata)
    assert "EnvironmentCredential" not in excluded  # the service principal from AZURE_CLIENT_*
    assert {"ManagedIdentityCredential", "AzureCliCredential", "InteractiveBrowserCredential"} <= set(excluded)


def test_both_programs_and_the_installer_and_uninstaller_are_signed():
    assert '$programs = @("dist\\pixdesk\\pixdesk.exe", "dist\\pixdesk\\pixdesk-cli.exe")' in BUILD
    assert "& $signTool @signArgs @programs" in BUILD
    assert '@("/DSign", ("/Spixdesksign=" + (ConvertTo-InnoSignCommand $signTool $signArgs)))' in BUILD
    signed_block = re.search(r"^#ifdef Sign\n(.*?)^#endif", ISS, re.M | re.S)
    assert signed_block
    assert "SignTool=pixdesksign" in signed_block[1].splitlines()
    assert "SignedUninstaller=yes" in signed_block[1].splitlines()


def inno_format_sign_command(command: str, filename: str) -> str:
    """Inno Setup's own expansion of a sign tool's command (issrc Projects/Src/
    Compiler.SetupCompiler.pas, TSetupCompiler.SignCommand's FmtCommand), with no parameters."""
    result, rest = "", command
    while (dollar := rest.find("$")) != -1:
        result, following = result + rest[:dollar], rest[dollar + 1 : dollar + 2]
        if following == "p":
            rest = rest[dollar + 2 :]
        elif following == "f":
            result, rest = result + f'"{filename}"', rest[dollar + 2 :]
        elif following == "q":
            result, rest = result + '"', rest[dollar + 2 :]
        else:  # "$$" is one $, and a $ before anything else stays itself
            result, rest = result + "$", rest[dollar + (2 if following == "$" else 1) :]
    return result + rest


def inno_sign_command(program: str, arguments: list[str]) -> str:
    """The rule of build.ps1's ConvertTo-InnoSignCommand and ConvertTo-InnoLiteral, in Python."""
    return " ".join("$q" + argument.replace("$", "$$") + "$q" for argument in [program, *arguments]) + " $f"


def test_the_powershell_escaping_is_the_rule_this_test_runs():
    assert powershell_function("ConvertTo-InnoLiteral").count("$Text.Replace('$', '$$')") == 1
    command = powershell_function("ConvertTo-InnoSignCommand")
    assert "'$q' + (ConvertTo-InnoLiteral $argument) + '$q'" in command
    assert "@($Program) + $Arguments" in command
    assert "return ($quoted -join ' ') + ' $f'" in command


@pytest.mark.parametrize(
    "value",
    [
        r"C:\Program Files (x86)\Windows Kits\10\bin\10.0.26100.0\x64\signtool.exe",
        r"C:\Users\build$\signing\metadata.json",  # a $ before another letter
        "pa$$word",
        "ends with $",
        "$q$f$p",  # what Inno would otherwise take for its own sequences
    ],
)
def test_a_value_reaches_signtool_unchanged_through_inno(value):
    command = inno_sign_command(r"C:\sdk\signtool.exe", ["sign", "/dmdf", value])
    assert inno_format_sign_command(command, r"C:\out\setup.tmp") == (
        rf'"C:\sdk\signtool.exe" "sign" "/dmdf" "{value}" "C:\out\setup.tmp"'
    )


def test_without_doubling_a_dollar_inno_would_change_the_value():
    unescaped = "$qsign$q $qpa$qword$q $f"
    assert inno_format_sign_command(unescaped, "x") != '"sign" "pa$qword" "x"'


# --- 2. The version resource takes numbers only -------------------------------------------------


def inno_version_numbers(text: str) -> tuple[int, ...] | None:
    """Inno Setup's reading of VersionInfoVersion (issrc Projects/Src/Shared.VerInfoFunc.pas,
    StrToVersionNumbers): up to four numbers of 16 bits, missing ones zero, extra ones ignored;
    None where the compiler stops with "invalid"."""
    numbers, rest = [], text
    for _ in range(4):
        if not rest.strip():
            numbers.append(0)
            continue
        part, _, rest = rest.partition(".")
        if not part.strip().isdigit() or int(part) > 0xFFFF:
            return None
        numbers.append(int(part))
    return tuple(numbers)


def test_the_version_resource_gets_the_numeric_version():
    assert "VersionInfoVersion={#AppNumericVersion}" in section("Setup")
    assert "VersionInfoProductTextVersion={#AppVersion}" in section("Setup")
    assert re.search(r"^#ifndef AppNumericVersion\n\s*#error ", ISS, re.M)
    assert '$numericVersion = Get-BundleValue "numeric_version"' in BUILD
    assert '"/DAppNumericVersion=$numericVersion"' in BUILD


@pytest.mark.parametrize("version", ["1.2.0rc1", "0.1.0", "2.0", "1.2.3.4.5", "3.1.0.dev2", "1.0.0b3"])
def test_every_release_version_compiles(version):
    directive = setup_directives()["VersionInfoVersion"]
    rendered = directive.replace("{#AppNumericVersion}", bundle.numeric_version(version)).replace(
        "{#AppVersion}", version
    )
    assert inno_version_numbers(rendered) is not None


def test_a_display_version_would_stop_the_compile():
    assert inno_version_numbers("1.2.0rc1") is None  # why AppVersion cannot go there
    assert inno_version_numbers("1.2.0") == (1, 2, 0, 0)


# --- 3. Uninstall removes what pixdesk installed, never the folder whole --------------------------


def test_uninstall_deletes_only_pixdesks_files_then_the_folder_if_empty():
    entries = [parameters(line) for line in section("UninstallDelete")]
    assert entries[-1] == {"Type": "dirifempty", "Name": "{app}"}
    for entry in entries[:-1]:
        assert entry["Name"].startswith("{app}\\"), entry  # inside the folder, never the folder
        assert entry["Name"] in {"{app}\\_internal", "{app}\\{#AppExe}", "{app}\\{#AppCliExe}"}, entry
        assert "*" not in entry["Name"]
    assert {"Type": "filesandordirs", "Name": "{app}\\_internal"} in entries
    assert '#define AppCliExe "pixdesk-cli.exe"' in ISS


def test_an_update_still_replaces_the_whole_bundle():
    assert [parameters(line) for line in section("InstallDelete")] == [
        {"Type": "filesandordirs", "Name": "{app}\\_internal"}
    ]


# --- 4. ISCC: PATH first, then Inno Setup 6 and 7's folders ------------------------------------


def test_iscc_is_looked_for_on_path_then_in_inno_setups_folders():
    find = powershell_function("Find-Iscc")
    on_path = find.index("Get-Command iscc")
    assert on_path < find.index('"Inno Setup 6"') < find.index('"Inno Setup 7"')
    for root in ("${env:ProgramFiles(x86)}", "$env:ProgramFiles", '(Join-Path $env:LOCALAPPDATA "Programs")'):
        assert root in find
    assert "throw" in find and "ISCC.exe" in find
    assert "$iscc = Find-Iscc" in BUILD
    assert "Inno Setup 6\\ISCC.exe" not in BUILD  # no single hard-coded place any more


# --- 5. "Delete my data" also forgets the saved API key ------------------------------------------


def pascal_constant(name: str):
    match = re.search(rf"^\s*{name} = ('[^']*'|\d+);", ISS, re.M)
    assert match, f"no constant {name}"
    value = match[1]
    return value.strip("'") if value.startswith("'") else int(value)


def test_the_installer_knows_the_keychain_names_pixdesk_uses():
    assert pascal_constant("KeyringService") == secrets.SERVICE
    assert pascal_constant("KeyringAccount") == secrets.ACCOUNT


class FakeCredentialManager:
    """Windows' generic credentials as win32cred sees them: enough of it for keyring's
    WinVaultKeyring to save, read and delete through."""

    CRED_TYPE_GENERIC = 1  # wincred.h
    CRED_PERSIST_ENTERPRISE = 3

    class error(Exception):  # noqa: N801 - pywintypes.error
        def __init__(self, winerror: int, funcname: str) -> None:
            super().__init__(winerror, funcname)
            self.winerror, self.funcname = winerror, funcname

    def __init__(self) -> None:
        self.credentials: dict[tuple[int, str], dict] = {}

    def CredRead(self, Type, TargetName):  # noqa: N802, N803 - win32cred's names
        if (Type, TargetName) not in self.credentials:
            raise self.error(1168, "CredRead")  # ERROR_NOT_FOUND
        return dict(self.credentials[Type, TargetName])

    def CredWrite(self, credential, flags):  # noqa: N802
        blob = credential["CredentialBlob"].encode("utf-16")
        self.credentials[credential["Type"], credential["TargetName"]] = {**credential, "CredentialBlob": blob}

    def CredDelete(self, Type, TargetName):  # noqa: N802, N803
        if self.credentials.pop((Type, TargetName), None) is None:
            raise self.error(1168, "CredDelete")


@pytest.fixture
def credential_manager(monkeypatch):
    from keyring.backends import Windows

    manager = FakeCredentialManager()
    monkeypatch.setattr(Windows, "win32cred", manager, raising=False)
    monkeypatch.setattr(Windows, "pywintypes", SimpleNamespace(error=FakeCredentialManager.error), raising=False)
    return manager, Windows.WinVaultKeyring.__new__(Windows.WinVaultKeyring)


def targets_the_uninstaller_deletes() -> set[str]:
    """The names ForgetApiKey passes to CredDeleteW, evaluated with the .iss's constants."""
    names = {"KeyringService": pascal_constant("KeyringService"), "KeyringAccount": pascal_constant("KeyringAccount")}
    calls = re.findall(r"CredDeleteW\(([^,]+), CRED_TYPE_GENERIC, 0\)", pascal_function("ForgetApiKey"))
    assert calls
    targets = set()
    for expression in calls:
        parts = [part.strip() for part in expression.split("+")]
        targets.add("".join(names[part] if part in names else part.strip("'") for part in parts))
    return targets


@pytest.mark.parametrize("saves", [1, 2], ids=["saved once", "saved again"])
def test_the_uninstaller_deletes_every_credential_keyring_made(credential_manager, saves):
    """keyring names the credential after the service and, when one is there already, moves it to
    "account@service" (keyring/backends/Windows.py): the uninstaller must know both names."""
    manager, backend = credential_manager
    for attempt in range(saves):
        backend.set_password(secrets.SERVICE, secrets.ACCOUNT, f"key-{attempt}")
    assert backend.get_password(secrets.SERVICE, secrets.ACCOUNT) == f"key-{saves - 1}"
    created = {target for credential_type, target in manager.credentials if credential_type == 1}
    assert created and set(manager.credentials) == {(1, target) for target in created}
    assert created <= targets_the_uninstaller_deletes()
    assert pascal_constant("CRED_TYPE_GENERIC") == FakeCredentialManager.CRED_TYPE_GENERIC


def test_the_api_key_goes_only_when_the_person_says_delete_my_data():
    assert "external 'CredDeleteW@advapi32.dll stdcall delayload'" in ISS
    offer = pascal_function("OfferToDeleteUserData")
    yes_branch = offer[offer.index("= IDYES then") :]
    assert "ForgetApiKey;" in yes_branch
    # Called nowhere else: keeping one's data keeps the key.
    assert len(re.findall(r"^\s+ForgetApiKey;", ISS, re.M)) == 1
    steps = pascal_function("CurUninstallStepChanged")
    assert "(CurUninstallStep = usPostUninstall) and not UninstallSilent then\n    OfferToDeleteUserData;" in steps


# --- 6. Optional: pixdesk-cli on the user's PATH -----------------------------------------------


def test_add_to_path_is_an_optional_task_unchecked_by_default():
    tasks = {parameters(line)["Name"]: parameters(line) for line in section("Tasks")}
    assert tasks["addtopath"]["Flags"] == "unchecked"
    assert "PATH" in tasks["addtopath"]["Description"]
    assert setup_directives()["ChangesEnvironment"] == "yes"


def test_it_may_install_per_machine_from_the_command_line_without_the_per_user_path_task():
    """Managed deployments (#16): `setup.exe /VERYSILENT /ALLUSERS`; a person's install stays per
    user and is never asked. Inno Setup's HKA and {auto…} constants follow the mode chosen."""
    directives = setup_directives()
    assert directives["PrivilegesRequired"] == "lowest"
    assert directives["PrivilegesRequiredOverridesAllowed"] == "commandline"
    tasks = {parameters(line)["Name"]: parameters(line) for line in section("Tasks")}
    assert tasks["addtopath"]["Check"] == "not IsAdminInstallMode"  # HKA\Environment would be HKLM's


def test_path_gets_the_install_folder_once_and_loses_it_on_uninstall():
    [entry] = [parameters(line) for line in section("Registry") if 'Subkey: "Environment"' in line]
    assert entry["Root"] == "HKA"  # HKEY_CURRENT_USER: the installer is per-user only
    assert entry["ValueName"] == "Path" and entry["ValueType"] == "expandsz"
    assert entry["Tasks"] == "addtopath"
    assert entry["Check"] == "NeedsAddPath(ExpandConstant('{app}'))"
    assert entry["ValueData"] == "{code:UserPathWithApp}"
    assert "Flags" not in entry  # an uninsdelete flag would delete the person's whole Path
    assert "not PathHasEntry(UserPath, Dir)" in pascal_function("NeedsAddPath")
    steps = pascal_function("CurUninstallStepChanged")
    # Before the uninstall proper, whose end broadcasts the environment change.
    assert "if CurUninstallStep = usUninstall then\n    RemoveAppFromUserPath;" in steps
    remove = pascal_function("RemoveAppFromUserPath")
    assert "PathWithoutEntry(Paths, Dir)" in remove and "RegWriteExpandStringValue(HKCU" in remove


# --- 7. "Open with" on several files --------------------------------------------------------------


def test_every_open_verb_takes_any_number_of_files():
    registry = [parameters(line) for line in section("Registry")]
    verbs = {entry["Subkey"].removesuffix("\\command") for entry in registry if entry["Subkey"].endswith("\\command")}
    assert verbs == {
        "Software\\Classes\\Applications\\{#AppExe}\\shell\\open",
        "Software\\Classes\\{#ProgId}\\shell\\open",
    }
    for verb in verbs:
        models = [e["ValueData"] for e in registry if e["Subkey"] == verb and e.get("ValueName") == "MultiSelectModel"]
        assert models == ["Player"], verb
        [command] = [e["ValueData"] for e in registry if e["Subkey"] == verb + "\\command"]
        assert command == '"{app}\\{#AppExe}" "%1"'  # one file per start, handed to the window
