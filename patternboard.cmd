@echo off
rem Patternboard launcher for Windows: the same as ./patternboard (builds what is missing, once, quietly,
rem then runs the desktop app with no arguments or --screenshot, or the command line for any subcommand).
setlocal
set "HERE=%~dp0"
set "STAMP=%HERE%app\target\.launcher-build"
set "CPFILE=%HERE%app\target\classpath.txt"

set "NEEDS_BUILD="
if not exist "%STAMP%" set "NEEDS_BUILD=1"
if not exist "%CPFILE%" set "NEEDS_BUILD=1"
if not defined NEEDS_BUILD (
  rem Rebuild when any source, resource or pom is newer than the last build.
  for /f %%N in ('powershell -NoProfile -Command "$s=(Get-Item -LiteralPath '%STAMP%').LastWriteTime; @(Get-ChildItem -LiteralPath '%HERE%' -Recurse -File -Include *.java,*.json,*.css,*.xml,*.yaml,*.gz -ErrorAction SilentlyContinue | Where-Object { $_.FullName -notmatch '\\target\\|\\node_modules\\|\\.git\\' -and $_.LastWriteTime -gt $s }).Count"') do (
    if not "%%N"=="0" set "NEEDS_BUILD=1"
  )
)

if defined NEEDS_BUILD (
  echo patternboard: building ^(first run or sources changed^)... 1>&2
  pushd "%HERE%"
  call mvn -q -B -DskipTests package > "%TEMP%\patternboard-build.log" 2>&1
  if errorlevel 1 (
    type "%TEMP%\patternboard-build.log" 1>&2
    popd
    echo patternboard: build failed ^(see above^) 1>&2
    exit /b 2
  )
  popd
  type nul > "%STAMP%"
)

set "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1"
set "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20"
rem The class path is longer than cmd's line limit (8191), so it goes to java in an argument file; forward
rem slashes because java reads backslashes in an argument file as escapes.
set "ARGS=%HERE%app\target\launcher-args.txt"
powershell -NoProfile -Command "$cp = ('%HERE%app\target\classes;' + (Get-Content -Raw -LiteralPath '%CPFILE%').Trim()).Replace('\', '/'); Set-Content -Encoding ASCII -LiteralPath '%ARGS%' -Value @('-cp', ('\"' + $cp + '\"'))"
java %PATTERNBOARD_JAVA_OPTS% @"%ARGS%" org.patternboard.app.Main %*
exit /b %errorlevel%
