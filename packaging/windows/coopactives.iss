; Inno Setup 6 recipe for the Windows installer of Coopér'Actives Cuisine.
; Built by .github/workflows/bundle.yml after scripts/build-app (the frozen folder is
; build\dist\coopactives); it cannot be built or run on the Linux development machines.
;   iscc /DAppVersion=0.1.0 packaging\windows\coopactives.iss
; - per-user install, no administrator rights (PrivilegesRequired=lowest): into
;   %LOCALAPPDATA%\Programs\Coopactives;
; - a Start-menu entry and a desktop shortcut (ticked by default), the app's own icon;
; - installing a newer version over an older one replaces the program files only;
; - uninstalling removes the program files only: the data (database, backups, settings) lives in
;   %LOCALAPPDATA%\LeMondeDesPossibles\coopactives, which this installer never touches.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Coopér'Actives Cuisine"
#define Bundle "..\..\build\dist\coopactives"

[Setup]
; The same AppId for every version: a newer installer upgrades the installed app in place.
AppId={{7B1E5C1A-3F0D-4C55-9A57-2C6F0E4B8D21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Le Monde des Possibles
DefaultDirName={autopf}\Coopactives
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build
OutputBaseFilename=coopactives-{#AppVersion}-windows-setup
SetupIconFile=..\icons\coopactives.ico
UninstallDisplayIcon={app}\coopactives.exe
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
CloseApplications=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; The previous version's Python and Qt files: removed before the new ones are copied.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\coopactives.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\coopactives.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\coopactives.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
