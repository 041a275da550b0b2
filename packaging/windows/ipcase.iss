; Inno Setup 6 script: the Windows installer of the PyInstaller bundle (built by packaging\windows\build.ps1,
; which passes /DAppVersion=… and /DBundle=<…\dist\ipcase>). Installs into Program Files (or the user's own
; programs folder when not an administrator), a Start-menu entry and an optional desktop icon with the Chinese
; name, and an uninstaller. The user's data (database, drafts, backups, picked fonts, log) lives in
; %LOCALAPPDATA%\ipcase (platformdirs), never in the install folder, and the uninstaller leaves it in place.
; NOT built in this project's CI (no Windows machine).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\build\packaging\dist\ipcase"
#endif
#define AppName "专利侵权纠纷行政裁决案件管理"

[Setup]
AppId={{4F7A3C2E-9B1D-4E8A-A6C5-1D2E3F405162}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=ipcase
DefaultDirName={autopf}\ipcase
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\build\windows
OutputBaseFilename=ipcase-{#AppVersion}-setup
SetupIconFile=..\..\build\ipcase.ico
UninstallDisplayIcon={app}\ipcase.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\ipcase.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ipcase.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ipcase.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
