#!/usr/bin/env bash
# Build the Linux one-folder bundle, prove it works, and pack it:
#   dist/pixdesk/                          the bundle (run dist/pixdesk/pixdesk)
#   dist/pixdesk-VERSION-linux-ARCH.tar.gz the bundle + install.sh + menu entry + icons
# Fails if a bundled library misses one it links against, if the bundle's self-test fails, if
# the self-test cannot fail (a bundle without Bedrock's botocore data must be caught), or if the
# per-user install does not work. Run from anywhere; PYTHON defaults to the checkout's .venv.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=${PYTHON:-$root/.venv/bin/python}
version=$("$python" -c 'import sys; sys.path.insert(0, "packaging"); import bundle; print(bundle.version())')
arch=$(uname -m)
bundle=dist/pixdesk
step() { printf '\n== %s\n' "$*"; }

step "PyInstaller: one-folder bundle of pixdesk $version"
started=$(date +%s)
"$python" -m PyInstaller packaging/pixdesk.spec --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller
echo "built in $(( $(date +%s) - started )) s"

step "What is in it"
"$python" packaging/bundle.py check "$bundle"

step "Self-test of the bundle"
"$bundle/pixdesk" --self-test

step "The self-test fails when the bundle is broken"
data=$bundle/_internal/botocore/data/bedrock-runtime
mv "$data" "$data.hidden"
set +e
broken=$(QT_QPA_PLATFORM=offscreen "$bundle/pixdesk" --self-test 2>&1)
code=$?
set -e
mv "$data.hidden" "$data"
echo "$broken" | grep '^FAIL'
if [ "$code" -ne 1 ] || ! echo "$broken" | grep -q '^FAIL  botocore data: .*bedrock-runtime'; then
    echo "the self-test did not catch a bundle without Bedrock's botocore data (exit $code)" >&2
    exit 1
fi

step "Package"
stage=build/linux-package/pixdesk-$version-linux-$arch
rm -rf "$stage" && mkdir -p "$stage/icons"
cp -a "$bundle" "$stage/pixdesk"
cp packaging/linux/install.sh packaging/linux/pixdesk.desktop "$stage/"
for size in 16 24 32 48 64 128 256 512; do cp "resources/icon/png/pixdesk-$size.png" "$stage/icons/"; done
tar -C "$(dirname "$stage")" -czf "dist/pixdesk-$version-linux-$arch.tar.gz" "$(basename "$stage")"
ls -l "dist/pixdesk-$version-linux-$arch.tar.gz"

step "Install for a user, run the installed copy, uninstall"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
unpacked=$home/download
mkdir -p "$unpacked" && tar -C "$unpacked" -xzf "dist/pixdesk-$version-linux-$arch.tar.gz"
HOME=$home XDG_DATA_HOME='' "$unpacked/$(basename "$stage")/install.sh"
grep -q "^Exec=\"$home/.local/lib/pixdesk/pixdesk\" %F$" "$home/.local/share/applications/pixdesk.desktop"
test -f "$home/.local/share/icons/hicolor/256x256/apps/pixdesk.png"
HOME=$home "$home/.local/bin/pixdesk" --self-test | tail -n 1
HOME=$home "$unpacked/$(basename "$stage")/install.sh" --uninstall
test ! -e "$home/.local/lib/pixdesk" && test ! -e "$home/.local/bin/pixdesk" \
    && test ! -e "$home/.local/share/applications/pixdesk.desktop"
echo "installed, ran and uninstalled cleanly"
