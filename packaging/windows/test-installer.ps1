# Prove pixdesk's Windows installer as a person would meet it: install it silently for the current
# user, run the installed pixdesk-cli.exe --self-test, uninstall it silently, and fail if anything
# it installed is left: its folder, its registry keys and "Open with" values, its shortcuts, its
# PATH entry. The optional tasks (desktop shortcut, add to PATH) are chosen, so they are tested too. release.yml runs it after build.ps1; on a PC, use a throwaway account:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\test-installer.ps1 [-Setup dist\pixdesk-VERSION-windows-x64-setup.exe]
# Environment (optional): PIXDESK_EXPECT_SIGNED=true (the build was signed: the installer, the
# programs and the uninstaller must carry valid Authenticode signatures).
# It refuses to run where pixdesk is already installed for this user. Logs: the folder it prints.
param([string]$Setup)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

# What pixdesk.iss writes (tests/unit/test_release_workflow.py keeps these in step with it). HKA is
# HKEY_CURRENT_USER in a per-user install, and Inno Setup names its uninstall entry "<AppId>_is1".
$AppId = "{6B1B0F8E-3C5D-4E4B-9F0A-7D2C5E8A9B14}"
$AppExe = "pixdesk.exe"
$ProgId = "pixdesk.Document"
$RegistryKeys = @(
    "HKCU:\Software\Classes\Applications\$AppExe",
    "HKCU:\Software\Classes\$ProgId",
    "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\${AppId}_is1"
)
# Every optional task of pixdesk.iss's [Tasks]: a silent install selects only those named.
$Tasks = "desktopicon,addtopath"
# {autoprograms} and {autodesktop} are the user's own in a per-user install.
$Shortcuts = @(
    (Join-Path ([Environment]::GetFolderPath("Programs")) "pixdesk.lnk"),
    (Join-Path ([Environment]::GetFolderPath("Desktop")) "pixdesk.lnk")
)
$UninstallTimeout = [TimeSpan]::FromMinutes(2)

function Find-Setup([string]$Given) {
    if ($Given) { return (Resolve-Path $Given).Path }
    $found = @(Get-ChildItem dist\*-setup.exe)
    if ($found.Count -ne 1) { throw "Expected one dist\*-setup.exe (build.ps1 makes it), found $($found.Count)" }
    return $found[0].FullName
}

function Get-OpenWithEntries {
    # Every "<.ext>\OpenWithProgids" key that still names pixdesk's ProgID.
    Get-ChildItem "HKCU:\Software\Classes" -ErrorAction SilentlyContinue |
        Where-Object { $_.PSChildName.StartsWith(".") } |
        ForEach-Object { Join-Path $_.PSPath "OpenWithProgids" } |
        Where-Object { (Test-Path -LiteralPath $_) -and ((Get-Item -LiteralPath $_).GetValueNames() -contains $ProgId) }
}

function Get-PixdeskTraces([string]$InstallDir) {
    # One line for each thing of pixdesk's on this account; nothing when it is not installed.
    if (Test-Path $InstallDir) { "folder $InstallDir" }
    foreach ($key in $RegistryKeys) { if (Test-Path $key) { "registry key $key" } }
    foreach ($entry in Get-OpenWithEntries) { "registry value $ProgId in $entry" }
    foreach ($shortcut in $Shortcuts) { if (Test-Path $shortcut) { "shortcut $shortcut" } }
    $userPath = [Environment]::GetEnvironmentVariable("Path", "User")
    if ($userPath -and (($userPath -split ";") -contains $InstallDir)) { "PATH entry $InstallDir" }
}

function Assert-Installed([string]$InstallDir) {
    # The same checks must see the installation, or "nothing left" afterwards would prove nothing.
    $traces = @(Get-PixdeskTraces $InstallDir)
    $expected = @("folder $InstallDir") + @($RegistryKeys | ForEach-Object { "registry key $_" }) +
                @($Shortcuts | ForEach-Object { "shortcut $_" }) + @("PATH entry $InstallDir")
    $missing = @($expected | Where-Object { $traces -notcontains $_ })
    if (-not @(Get-OpenWithEntries).Count) { $missing += "any `"Open with`" value $ProgId" }
    if ($missing.Count) { throw "The installer did not make: $($missing -join '; ')" }
}

function Assert-Signed([string[]]$Paths) {
    foreach ($path in $Paths) {
        $signature = Get-AuthenticodeSignature -FilePath $path
        if ($signature.Status -ne "Valid") { throw "$path is not validly signed: $($signature.Status) $($signature.StatusMessage)" }
        Write-Host "signed: $path ($($signature.SignerCertificate.Subject))"
    }
}

function Invoke-Silently([string]$Exe, [string[]]$Arguments, [string]$What, [string]$Log) {
    # -Wait: Setup's loader waits for the real Setup and passes its exit code on.
    Write-Host "$What`: $Exe $($Arguments -join ' ')"
    $process = Start-Process -FilePath $Exe -ArgumentList $Arguments -Wait -PassThru
    if ($process.ExitCode -ne 0) {
        if (Test-Path $Log) { Get-Content $Log | Write-Host }
        throw "$What failed (exit $($process.ExitCode)); log: $Log"
    }
}

function Wait-Uninstalled([string]$InstallDir) {
    # unins000.exe copies itself to %TEMP% and runs the copy; the first process exits as soon as the
    # uninstall data is deleted, before the copy removes the folder and runs the post-uninstall code
    # (issrc Projects/Src/Setup.Uninstall.pas DeleteUninstallDataFiles; Setup.UninstallLog.pas
    # PerformUninstall). So wait for the traces to go, up to a limit.
    $deadline = [DateTime]::UtcNow + $UninstallTimeout
    while (@(Get-PixdeskTraces $InstallDir).Count -and [DateTime]::UtcNow -lt $deadline) {
        Start-Sleep -Milliseconds 500
    }
    $left = @(Get-PixdeskTraces $InstallDir)
    if ($left.Count) { throw "The uninstaller left: $($left -join '; ')" }
}

$setupExe = Find-Setup $Setup
$tempRoot = if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { [IO.Path]::GetTempPath() }
$work = Join-Path $tempRoot "pixdesk-installer-test-$([guid]::NewGuid().ToString('N').Substring(0, 8))"
New-Item -ItemType Directory $work | Out-Null
$installDir = Join-Path $work "pixdesk"
Write-Host "Installer test in $work"

$before = @(Get-PixdeskTraces $installDir)
if ($before.Count) { throw "pixdesk is already installed for this user ($($before -join '; ')): use a clean account" }

# Inno Setup's command line (https://jrsoftware.org/ishelp/index.php?topic=setupcmdline). pixdesk.iss
# allows /ALLUSERS (per machine, for IT); /CURRENTUSER states the per-user install tested here.
$installLog = Join-Path $work "install.log"
Invoke-Silently $setupExe @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/TASKS=`"$Tasks`"",
                            "/DIR=`"$installDir`"", "/LOG=`"$installLog`"") "The silent install" $installLog
Assert-Installed $installDir

$uninstaller = Join-Path $installDir "unins000.exe"
if ($env:PIXDESK_EXPECT_SIGNED -eq "true") {
    Assert-Signed @($setupExe, (Join-Path $installDir $AppExe), (Join-Path $installDir "pixdesk-cli.exe"), $uninstaller)
}

# From a folder of its own, so nothing of the checkout can stand in for what was installed.
Push-Location $work
try {
    & (Join-Path $installDir "pixdesk-cli.exe") --self-test
    if ($LASTEXITCODE -ne 0) { throw "The installed pixdesk-cli.exe --self-test failed (exit $LASTEXITCODE)" }
} finally {
    Pop-Location
}

$uninstallLog = Join-Path $work "uninstall.log"
Invoke-Silently $uninstaller @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG=`"$uninstallLog`"") `
    "The silent uninstall" $uninstallLog
try {
    Wait-Uninstalled $installDir
} catch {
    if (Test-Path $uninstallLog) { Get-Content $uninstallLog | Write-Host }
    throw
}
Write-Host "Installed, self-tested and uninstalled without a trace: $setupExe"
