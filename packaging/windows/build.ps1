# Windows build of ipcase: the same PyInstaller spec as on Linux, then an Inno Setup installer.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: 64-bit Python 3.11+ from python.org (with the py launcher), Inno Setup 6 (ISCC.exe), network to PyPI.
# Output: build\packaging\dist\ipcase\ipcase.exe (one folder) and build\windows\ipcase-<version>-setup.exe.
# NOT built or tested in this project's CI (no Windows machine): see README "Installing on Windows".
param(
    [string]$Out = "build\packaging",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv-win)) { py -3.11 -m venv .venv-win }
$python = ".venv-win\Scripts\python.exe"
& $python -m pip install --upgrade pip
& $python -m pip install -e ".[package]"          # sqlcipher3-wheels replaces sqlcipher3-binary on Windows
if ($LASTEXITCODE) { throw "pip install failed" }

$env:QT_QPA_PLATFORM = "offscreen"
& $python packaging\make_icon.py build\ipcase.ico   # the spec uses build\ipcase.ico for ipcase.exe
Remove-Item Env:\QT_QPA_PLATFORM
& $python -m PyInstaller --noconfirm --clean --distpath "$Out\dist" --workpath "$Out\work" packaging\ipcase.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# Smoke start, as CI does on Linux: a new office in a temporary folder, then the first window, offscreen.
$smoke = Join-Path $env:TEMP ("ipcase-smoke-" + [guid]::NewGuid())
$exe = "$Out\dist\ipcase\ipcase.exe"
$cli = "$Out\dist\ipcase\ipcase-cli.exe"          # the console twin of ipcase.exe (see the spec)
& $cli --data-dir $smoke init --office-name "某市市场监督管理局" --short-name "某市" --admin-password ipcase2026x | Out-Host
$answer = Join-Path $smoke "smoke.txt"            # ipcase.exe has no console: the window's name goes to a file
$env:QT_QPA_PLATFORM = "offscreen"; $env:IPCASE_SMOKE = $answer
Start-Process -FilePath $exe -ArgumentList "--data-dir", $smoke -Wait
Remove-Item Env:\QT_QPA_PLATFORM, Env:\IPCASE_SMOKE
$shown = Get-Content -Raw -Encoding UTF8 $answer
if ($shown -notmatch "window shown: LoginDialog") { throw "the bundle did not reach its login window: $shown" }
Remove-Item -Recurse -Force $smoke

$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
& $Iscc "/DAppVersion=$version" "/DBundle=$((Resolve-Path "$Out\dist\ipcase").Path)" packaging\windows\ipcase.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
