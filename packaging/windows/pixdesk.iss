; pixdesk's Windows installer (Inno Setup 6; Inno Setup 7 reads it too). Built by
; packaging/windows/build.ps1:
;     iscc /DAppVersion=1.2.0rc1 /DAppNumericVersion=1.2.0.0 packaging\windows\pixdesk.iss
; Per-user: no administrator rights, installs into %LOCALAPPDATA%\Programs\pixdesk, registers
; under HKEY_CURRENT_USER only. IT may install per machine instead with /ALLUSERS on the command line
; (Program Files, HKEY_LOCAL_MACHINE; UAC asks for an administrator): HKA and {auto…} follow the mode.
; "Open with pixdesk" for every type in packaging/bundle.py
; (tests/unit/test_packaging.py checks the list below matches), never taking over a default.
; With /DSign (build.ps1 passes it when the signing service is configured), the installer and
; the uninstaller are signed through the "pixdesksign" sign tool given on iscc's command line.
; tests/unit/test_packaging_windows.py checks this script's structure on Linux.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (build.ps1 reads it from pixdesk/__init__.py)
#endif
; The version resource takes numbers only (up to four, "1.2.0rc1" stops the compile): build.ps1
; passes packaging/bundle.py's numeric_version() here, and AppVersion stays the one people see.
#ifndef AppNumericVersion
  #error Pass the numeric version: iscc /DAppNumericVersion=x.y.z.w (build.ps1 computes it)
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\pixdesk"
#endif
#define AppExe "pixdesk.exe"
#define AppCliExe "pixdesk-cli.exe"
#define ProgId "pixdesk.Document"

[Setup]
AppId={{6B1B0F8E-3C5D-4E4B-9F0A-7D2C5E8A9B14}
AppName=pixdesk
AppVersion={#AppVersion}
AppVerName=pixdesk {#AppVersion}
AppPublisher=pixdesk
AppCopyright=Copyright (C) 2026 the pixdesk authors. Apache-2.0.
VersionInfoVersion={#AppNumericVersion}
; Explorer's "Product version" shows this text, so a pre-release says what it is.
VersionInfoProductTextVersion={#AppVersion}
DefaultDirName={autopf}\pixdesk
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
; /ALLUSERS for IT's per-machine deployments; without it nothing changes and no dialog asks.
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
ChangesAssociations=yes
; The optional "add to PATH" task changes the user's Path: tell Explorer (and so what it starts).
ChangesEnvironment=yes
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\..\resources\icon\pixdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=pixdesk
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=pixdesk-{#AppVersion}-windows-x64-setup
#ifdef Sign
SignTool=pixdesksign
SignedUninstaller=yes
; The signing service and its timestamp server now and then do not answer at once.
SignToolRetryCount=3
SignToolRetryDelay=10000
#endif

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; GroupDescription: "Shortcuts:"; Flags: unchecked
; (Per user only: a per-machine install must not change its installing administrator's own Path.)
Name: "addtopath"; Description: "Add pixdesk-cli to PATH (for the current user)"; GroupDescription: "Command line:"; Flags: unchecked; Check: not IsAdminInstallMode

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole bundle: no file of an older version is left to be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\pixdesk"; Filename: "{app}\{#AppExe}"; Comment: "Ask Pixtral Large about screenshots and scanned documents"
Name: "{autodesktop}\pixdesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER in a per-user install. Every key and value goes on uninstall.
; The application, so Windows lists it under "Open with" for the types it supports.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "pixdesk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"
; Explorer starts a command-line verb once per selected file (only a COM verb, DropTarget or
; ExecuteCommand, receives them all at once); each pixdesk.exe hands its file to the running window
; (pixdesk/ui/single_instance.py) and ends. "Player" says the verb takes any number of files, so it
; stays on the menu for up to 100 of them; "Document", the default for a command line, is made for a
; window per file and hides the verb past 15 (learn.microsoft.com/windows/win32/shell/
; how-to-employ-the-verb-selection-model).
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open"; ValueType: string; ValueName: "MultiSelectModel"; ValueData: "Player"
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""
; A ProgID of its own, offered beside the current default of each type (never replacing it).
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueData: "Image or document (pixdesk)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "pixdesk"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: "MultiSelectModel"; ValueData: "Player"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""
; File types: keep this list the same as FILE_TYPES in packaging/bundle.py.
Root: HKA; Subkey: "Software\Classes\.png\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".png"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.jpg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jpg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.jpeg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jpeg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.gif\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".gif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.webp\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".webp"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.bmp\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".bmp"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.tif\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.tiff\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tiff"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.heic\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".heic"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.heif\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".heif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""
; The optional task: the install folder at the end of the user's own Path, once. Not removed with
; an uninsdelete flag (that would take the whole Path): CurUninstallStepChanged takes out our entry.
Root: HKA; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{code:UserPathWithApp}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start pixdesk"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what pixdesk put there, then the folder if nothing else is left: the person may have chosen
; a folder that holds files of their own (Inno Setup's [UninstallDelete] help warns against
; deleting {app} whole). The uninstaller removes the files it logged anyway; these entries also
; catch what an older version left in _internal. pixdesk writes nothing else here at run time.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\{#AppExe}"
Type: files; Name: "{app}\{#AppCliExe}"
Type: dirifempty; Name: "{app}"

[Code]
const
  // The saved Bedrock API key: pixdesk/secrets.py stores it with Python's keyring under
  // SERVICE and ACCOUNT (tests/unit/test_packaging_windows.py checks these match).
  KeyringService = 'pixdesk';
  KeyringAccount = 'bedrock-api-key';
  CRED_TYPE_GENERIC = 1;  // wincred.h; keyring's WinVaultKeyring stores generic credentials
  UserEnvironmentKey = 'Environment';

// Credential Manager's own delete, the call keyring makes (win32cred.CredDelete). delayload: the
// uninstaller still starts if it were ever missing (it is in advapi32 since Windows XP).
function CredDeleteW(TargetName: String; CredType: DWORD; Flags: DWORD): BOOL;
  external 'CredDeleteW@advapi32.dll stdcall delayload';

// keyring names the credential after the service, or "account@service" when another account of
// the same service was saved first (keyring/backends/Windows.py: set_password, _compound_name).
// pixdesk saves one account only: both names are its, and a missing one is no error.
procedure ForgetApiKey;
begin
  try
    CredDeleteW(KeyringService, CRED_TYPE_GENERIC, 0);
    CredDeleteW(KeyringAccount + '@' + KeyringService, CRED_TYPE_GENERIC, 0);
  except
    Log('Could not remove the saved API key: ' + GetExceptionMessage);
  end;
end;

// --- "Add pixdesk-cli to PATH": the user's Path, one entry at a time ------------------------

function UserPath: String;
begin
  if not RegQueryStringValue(HKCU, UserEnvironmentKey, 'Path', Result) then
    Result := '';
end;

// Windows matches Path entries without regard to case or a trailing backslash.
function SamePathEntry(Entry, Dir: String): Boolean;
begin
  Result := CompareText(RemoveBackslashUnlessRoot(Trim(Entry)), RemoveBackslashUnlessRoot(Dir)) = 0;
end;

// Splits off the first entry of Rest (entries are separated by ';').
function NextPathEntry(var Rest: String): String;
var
  Separator: Integer;
begin
  Separator := Pos(';', Rest);
  if Separator = 0 then begin
    Result := Rest;
    Rest := '';
  end else begin
    Result := Copy(Rest, 1, Separator - 1);
    Rest := Copy(Rest, Separator + 1, Length(Rest));
  end;
end;

function PathHasEntry(Paths, Dir: String): Boolean;
var
  Rest: String;
begin
  Result := False;
  Rest := Paths;
  while (Rest <> '') and not Result do
    Result := SamePathEntry(NextPathEntry(Rest), Dir);
end;

function PathWithoutEntry(Paths, Dir: String): String;
var
  Rest, Entry: String;
begin
  Result := '';
  Rest := Paths;
  while Rest <> '' do begin
    Entry := NextPathEntry(Rest);
    if (Entry <> '') and not SamePathEntry(Entry, Dir) then begin
      if Result <> '' then
        Result := Result + ';';
      Result := Result + Entry;
    end;
  end;
end;

// [Registry] Check: append only when the folder is not there yet (an update, or a second install).
function NeedsAddPath(Dir: String): Boolean;
begin
  Result := not PathHasEntry(UserPath, Dir);
end;

// [Registry] ValueData: the user's Path with the install folder at its end.
function UserPathWithApp(Param: String): String;
begin
  Result := UserPath;
  if (Result <> '') and (Copy(Result, Length(Result), 1) <> ';') then
    Result := Result + ';';
  Result := Result + ExpandConstant('{app}');
end;

procedure RemoveAppFromUserPath;
var
  Paths, Dir: String;
begin
  Paths := UserPath;
  Dir := ExpandConstant('{app}');
  if PathHasEntry(Paths, Dir) then
    RegWriteExpandStringValue(HKCU, UserEnvironmentKey, 'Path', PathWithoutEntry(Paths, Dir));
end;

// --- Uninstall ------------------------------------------------------------------------------

// The conversations (history), settings, logs and the saved API key belong to the person:
// uninstalling keeps them unless they say otherwise. A silent uninstall (an IT deployment)
// always keeps them.
procedure OfferToDeleteUserData;
var
  DataDir: String;
begin
  DataDir := ExpandConstant('{localappdata}\pixdesk');
  if not (DirExists(DataDir) or RegKeyExists(HKCU, 'Software\pixdesk')) then
    Exit;
  if MsgBox('Also delete your pixdesk conversations, settings, logs and saved Bedrock API key?' + #13#10 +
      '(' + DataDir + ')' + #13#10#13#10 + 'Choose No to keep them for a later installation.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataDir, True, True, True);
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\pixdesk');
    ForgetApiKey;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  // Before the uninstall proper: its end tells running programs about the changed environment
  // (ChangesEnvironment=yes).
  if CurUninstallStep = usUninstall then
    RemoveAppFromUserPath;
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    OfferToDeleteUserData;
end;
