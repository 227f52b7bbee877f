# Build pixdesk's Windows installer: the bundle, its self-test, signing (only when a certificate
# is provided), then Inno Setup. Run from anywhere, on Windows, with Inno Setup 6 installed:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Environment (optional): PYTHON (default: python), WINDOWS_CERTIFICATE_PFX_BASE64 and
# WINDOWS_CERTIFICATE_PASSWORD (a code-signing certificate; without it nothing is signed),
# TIMESTAMP_URL (default: DigiCert's RFC 3161 server).
# Makes dist\pixdesk\ and dist\pixdesk-VERSION-windows-x64-setup.exe.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
Set-Location (Resolve-Path "$PSScriptRoot\..\..")
$python = if ($env:PYTHON) { $env:PYTHON } else { "python" }

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

$version = & $python -c "import sys; sys.path.insert(0, 'packaging'); import bundle; print(bundle.version())"
Invoke-Checked "PyInstaller" { & $python -m PyInstaller packaging\pixdesk.spec --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller }
Invoke-Checked "The bundle check" { & $python packaging\bundle.py check dist\pixdesk }
# pixdesk.exe is windowed (no console to print to); its console twin prints the self-test.
Invoke-Checked "The bundle's self-test" { & dist\pixdesk\pixdesk-cli.exe --self-test }

$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
$isccArgs = @("/DAppVersion=$version", "packaging\windows\pixdesk.iss")
$pfx = $null
try {
    if ($env:WINDOWS_CERTIFICATE_PFX_BASE64) {
        $pfx = Join-Path ([IO.Path]::GetTempPath()) "pixdesk-signing-$([guid]::NewGuid()).pfx"
        [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE_PFX_BASE64))
        $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
            Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
        $timestamp = if ($env:TIMESTAMP_URL) { $env:TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
        $signArgs = @("sign", "/f", $pfx, "/p", $env:WINDOWS_CERTIFICATE_PASSWORD, "/fd", "sha256",
                      "/tr", $timestamp, "/td", "sha256", "/d", "pixdesk")
        Invoke-Checked "Signing the programs" { & $signtool @signArgs dist\pixdesk\pixdesk.exe dist\pixdesk\pixdesk-cli.exe }
        # Inno Setup signs the installer and uninstaller with this command ($q is a quote, $f the file).
        $command = '$q' + $signtool + '$q sign /f $q' + $pfx + '$q /p $q' + $env:WINDOWS_CERTIFICATE_PASSWORD +
                   '$q /fd sha256 /tr ' + $timestamp + ' /td sha256 /d pixdesk $f'
        $isccArgs = @("/DSign", "/Spixdesksign=$command") + $isccArgs
    } else {
        Write-Host "No WINDOWS_CERTIFICATE_PFX_BASE64: the programs and the installer are not signed."
    }
    Invoke-Checked "Inno Setup" { & $iscc @isccArgs }
} finally {
    if ($pfx) { Remove-Item -Force $pfx }
}
Get-ChildItem dist\*-setup.exe | ForEach-Object { Write-Host "$($_.Name): $([math]::Round($_.Length / 1MB, 1)) MB" }
