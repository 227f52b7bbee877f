# Build pixdesk's Windows installer: the bundle, its self-test, signing (only when the signing
# service is configured), then Inno Setup. Run from anywhere, on Windows, with Inno Setup 6 (or 7)
# installed:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Environment (optional): PYTHON (default: python).
# Signing, with Azure Artifact Signing (formerly Trusted Signing): a publicly trusted code-signing
# key must live in certified hardware since June 2023, so no certificate file can be handed to this
# script; the service signs with a key it keeps, through signtool's /dlib plug-in. All six must be
# set, or nothing is signed:
#     AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET   a service principal (app registration)
#         holding the "Artifact Signing Certificate Profile Signer" role on the certificate profile
#     AZURE_SIGNING_ENDPOINT   the account's regional endpoint, e.g. https://eus.codesigning.azure.net
#     AZURE_SIGNING_ACCOUNT    the Artifact Signing account's name
#     AZURE_SIGNING_PROFILE    the certificate profile's name
# Signing also needs the .NET 8 runtime (x64) and a Windows SDK signtool.exe 10.0.22621 or newer
# (GitHub's Windows runners have both); the plug-in itself is downloaded from NuGet here.
# Setup: https://learn.microsoft.com/azure/artifact-signing/how-to-signing-integrations
# Makes dist\pixdesk\ and dist\pixdesk-VERSION-windows-x64-setup.exe.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
Set-Location (Resolve-Path "$PSScriptRoot\..\..")
$python = if ($env:PYTHON) { $env:PYTHON } else { "python" }

# The Artifact Signing client (Azure.CodeSigning.Dlib.dll), pinned: a release is signed by the
# plug-in this script was written against. To move it, change the version and sign a test build.
$SigningClientPackage = "Microsoft.ArtifactSigning.Client"
$SigningClientVersion = "1.0.128"
# Microsoft's timestamp server, the one its docs name for Artifact Signing: the certificates
# live three days, so a signature outlives them only by its timestamp.
$TimestampUrl = "http://timestamp.acs.microsoft.com"
$SigningVariables = @("AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
                      "AZURE_SIGNING_ENDPOINT", "AZURE_SIGNING_ACCOUNT", "AZURE_SIGNING_PROFILE")
$SigningDir = Join-Path (Get-Location) "build\signing"

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

# A network service and a timestamp server may fail once: try again before giving up.
function Invoke-WithRetry([string]$What, [scriptblock]$Command, [int]$Attempts = 3) {
    for ($attempt = 1; ; $attempt++) {
        & $Command
        if ($LASTEXITCODE -eq 0) { return }
        if ($attempt -ge $Attempts) { throw "$What failed (exit $LASTEXITCODE) after $Attempts attempts" }
        Start-Sleep -Seconds (10 * $attempt)
    }
}

function Get-BundleValue([string]$Function) {
    $value = & $python -c "import sys; sys.path.insert(0, 'packaging'); import bundle; print(bundle.$Function())"
    if ($LASTEXITCODE -ne 0 -or -not $value) { throw "packaging/bundle.py $Function() failed" }
    return "$value".Trim()
}

# --- Inno Setup -----------------------------------------------------------------------------

# ISCC on PATH first (a CI image or a developer may put it there), then the folders Inno Setup's
# own installer uses: {autopf}\Inno Setup 6 or 7, which is Program Files (x86) or Program Files
# for an administrator and %LOCALAPPDATA%\Programs for one user; Inno Setup 7's 32-bit edition
# adds " (32-bit)" to a per-user folder (issrc setup.iss and isportable.iss, GetDefaultDirName).
function Find-Iscc {
    $onPath = Get-Command iscc -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($onPath) { return $onPath.Path }
    $roots = @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs")) |
        Where-Object { $_ }
    $searched = @()
    foreach ($folder in @("Inno Setup 6", "Inno Setup 7", "Inno Setup 7 (32-bit)")) {
        foreach ($root in $roots) {
            $candidate = Join-Path (Join-Path $root $folder) "ISCC.exe"
            if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
            $searched += $candidate
        }
    }
    throw ("Inno Setup's ISCC.exe was not found on PATH nor in:`n  " + ($searched -join "`n  ") +
           "`nInstall Inno Setup 6 (https://jrsoftware.org/isdl.php) or put ISCC.exe on PATH.")
}

# Inno Setup reads $q, $f and $p in a sign tool's command as a quote, the file and the
# parameters, and $$ as one $ (issrc Projects/Src/Compiler.SetupCompiler.pas, SignCommand's
# FmtCommand): every $ of a value is doubled so that it reaches signtool as it is.
function ConvertTo-InnoLiteral([string]$Text) {
    return $Text.Replace('$', '$$')
}

# The command Inno Setup runs (with CreateProcess, no shell) to sign the installer and the
# uninstaller: each argument between $q quotes (a literal " inside iscc's own argument would not
# survive PowerShell's quoting), then $f, the file Inno is signing, quoted by Inno itself.
function ConvertTo-InnoSignCommand([string]$Program, [string[]]$Arguments) {
    $quoted = foreach ($argument in @($Program) + $Arguments) {
        if ($argument.Contains('"')) { throw "A sign tool argument cannot contain a double quote: $argument" }
        '$q' + (ConvertTo-InnoLiteral $argument) + '$q'
    }
    return ($quoted -join ' ') + ' $f'
}

# --- Signing ----------------------------------------------------------------------------------

function Get-MissingSigningVariables {
    return $SigningVariables | Where-Object { -not [Environment]::GetEnvironmentVariable($_) }
}

# The newest x64 signtool.exe of the Windows SDK. Microsoft's docs require 10.0.22621.755 or
# newer for the dlib (they write "10.0.2261.755" and exclude the 20348 SDK, which only 22621 fits).
function Find-SignTool {
    $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
    $newest = Get-ChildItem -Path $kits -Filter signtool.exe -Recurse -ErrorAction SilentlyContinue |
        Where-Object { $_.Directory.Name -eq "x64" } |
        Sort-Object { [version]$_.VersionInfo.FileVersionRaw } -Descending |
        Select-Object -First 1
    if (-not $newest) { throw "No x64 signtool.exe under ${kits}: install the Windows SDK (10.0.22621 or newer)" }
    if ([version]$newest.VersionInfo.FileVersionRaw -lt [version]"10.0.22621.755") {
        throw "$($newest.FullName) is $($newest.VersionInfo.FileVersionRaw); Artifact Signing needs 10.0.22621.755 or newer"
    }
    return $newest.FullName
}

# The signtool plug-in, from its NuGet package (a .nupkg is a zip), checked to be Microsoft's
# own signed DLL before signtool loads it.
function Get-SigningDlib {
    $packageDir = Join-Path $SigningDir "$SigningClientPackage.$SigningClientVersion"
    if (-not (Test-Path -LiteralPath $packageDir)) {
        $zip = "$packageDir.zip"  # Expand-Archive in Windows PowerShell 5.1 takes .zip names only
        $url = "https://api.nuget.org/v3-flatcontainer/$($SigningClientPackage.ToLowerInvariant())/" +
               "$SigningClientVersion/$($SigningClientPackage.ToLowerInvariant()).$SigningClientVersion.nupkg"
        $ProgressPreference = "SilentlyContinue"  # Windows PowerShell's progress bar slows a download down
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
        Invoke-WebRequest -UseBasicParsing -Uri $url -OutFile $zip
        Expand-Archive -LiteralPath $zip -DestinationPath $packageDir
        Remove-Item -LiteralPath $zip
    }
    $dlib = Get-ChildItem -Path $packageDir -Filter Azure.CodeSigning.Dlib.dll -Recurse |
        Where-Object { $_.Directory.Name -eq "x64" } | Select-Object -First 1
    if (-not $dlib) { throw "No x64 Azure.CodeSigning.Dlib.dll in $SigningClientPackage $SigningClientVersion" }
    $signature = Get-AuthenticodeSignature -LiteralPath $dlib.FullName
    if ($signature.Status -ne "Valid" -or $signature.SignerCertificate.Subject -notmatch "O=Microsoft Corporation") {
        throw "$($dlib.FullName) is not signed by Microsoft ($($signature.Status)): not using it"
    }
    return $dlib.FullName
}

# The account and certificate profile the plug-in signs with. Only the service principal in the
# environment is tried (EnvironmentCredential): Microsoft's docs list the others to exclude, so a
# runner's own identities are never used by mistake and a wrong secret fails at once.
function New-SigningMetadata {
    $metadata = [ordered]@{
        Endpoint               = $env:AZURE_SIGNING_ENDPOINT
        CodeSigningAccountName = $env:AZURE_SIGNING_ACCOUNT
        CertificateProfileName = $env:AZURE_SIGNING_PROFILE
        ExcludeCredentials     = @("ManagedIdentityCredential", "WorkloadIdentityCredential",
                                   "SharedTokenCacheCredential", "VisualStudioCredential",
                                   "VisualStudioCodeCredential", "AzureCliCredential",
                                   "AzurePowerShellCredential", "AzureDeveloperCliCredential",
                                   "InteractiveBrowserCredential")
    }
    $path = Join-Path $SigningDir "metadata.json"
    # UTF-8 without a byte-order mark (Set-Content -Encoding UTF8 adds one in PowerShell 5.1).
    [IO.File]::WriteAllText($path, ($metadata | ConvertTo-Json))
    return $path
}

# signtool's arguments after the program's name, before the files.
function Get-SignArguments([string]$Dlib, [string]$Metadata) {
    return @("sign", "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256", "/d", "pixdesk",
             "/dlib", $Dlib, "/dmdf", $Metadata)
}

function Test-Signed([string]$SignTool, [string[]]$Files) {
    Invoke-Checked "Verifying the signatures" { & $SignTool verify /pa /q @Files }
}

# --- The build --------------------------------------------------------------------------------

$version = Get-BundleValue "version"
$numericVersion = Get-BundleValue "numeric_version"
Invoke-Checked "PyInstaller" { & $python -m PyInstaller packaging\pixdesk.spec --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller }
Invoke-Checked "The bundle check" { & $python packaging\bundle.py check dist\pixdesk }
# pixdesk.exe is windowed (no console to print to); its console twin prints the self-test.
Invoke-Checked "The bundle's self-test" { & dist\pixdesk\pixdesk-cli.exe --self-test }

$iscc = Find-Iscc
$isccArgs = @("/DAppVersion=$version", "/DAppNumericVersion=$numericVersion", "packaging\windows\pixdesk.iss")
$programs = @("dist\pixdesk\pixdesk.exe", "dist\pixdesk\pixdesk-cli.exe")
$missing = @(Get-MissingSigningVariables)  # @(): an empty result is still an array under StrictMode
$signTool = $null
if ($missing.Count -eq 0) {
    New-Item -ItemType Directory -Force -Path $SigningDir | Out-Null
    $signTool = Find-SignTool
    $signArgs = Get-SignArguments (Get-SigningDlib) (New-SigningMetadata)
    Invoke-WithRetry "Signing the programs" { & $signTool @signArgs @programs }
    Test-Signed $signTool $programs
    # Inno Setup signs the installer and the uninstaller with the same command.
    $isccArgs = @("/DSign", ("/Spixdesksign=" + (ConvertTo-InnoSignCommand $signTool $signArgs))) + $isccArgs
} else {
    Write-Host "Not signing: $($missing -join ', ') not set (see the top of packaging\windows\build.ps1)."
}
Invoke-Checked "Inno Setup" { & $iscc @isccArgs }
$setup = Get-Item "dist\pixdesk-$version-windows-x64-setup.exe"
if ($signTool) { Test-Signed $signTool @($setup.FullName) }
Write-Host "$($setup.Name): $([math]::Round($setup.Length / 1MB, 1)) MB"
