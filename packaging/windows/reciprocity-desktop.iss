; Inno Setup 6 script: the Windows installer over the PyInstaller one-folder build.
;
;   python packaging\build.py        (runs this with iscc when Inno Setup is on PATH), or by hand:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\reciprocity-desktop /Odist packaging\windows\reciprocity-desktop.iss
;
; A per-user install (no administrator rights): the program goes to %LOCALAPPDATA%\Programs, a Start-menu
; entry, an uninstaller under "Apps", and .rcsync files open the program's sync import. The user's store
; (%LOCALAPPDATA%\Reciprocity Desktop) is not touched by the uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (packaging\build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\reciprocity-desktop"
#endif
#define AppName "Reciprocity Desktop"
#define AppExe "reciprocity-desktop.exe"
#define ProgId "ReciprocityDesktop.SyncFile"

[Setup]
; The AppId stays the same for every version: it is how an update finds the installed copy.
AppId={{6F0B2C55-8E3A-4C7D-9B1E-2A4D5C6E7F80}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Reciprocity
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=reciprocity-desktop-{#AppVersion}-setup
SetupIconFile=reciprocity-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "sl"; MessagesFile: "compiler:Languages\Slovenian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .rcsync -> the program's sync import of that file (per user: HKCU\Software\Classes, i.e. HKA when not admin).
Root: HKA; Subkey: "Software\Classes\.rcsync"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rcsync\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Reciprocity Desktop sync file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".rcsync"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
