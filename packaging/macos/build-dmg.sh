#!/usr/bin/env bash
# Build pixdesk's macOS disk image: the .app, its self-test, signing and notarization (only when
# credentials are provided), then a DMG with the app and a link to /Applications.
#     packaging/macos/build-dmg.sh            → dist/pixdesk.app, dist/pixdesk-VERSION-macos-ARCH.dmg
# Environment (all optional):
#   PYTHON                                   default: the checkout's .venv, else python3
#   MACOS_CERTIFICATE_P12_BASE64, MACOS_CERTIFICATE_PASSWORD
#                                            a Developer ID Application certificate, imported into
#                                            a throwaway keychain for this build
#   MACOS_SIGN_IDENTITY                      "Developer ID Application: Name (TEAMID)"; without it,
#                                            nothing is signed (PyInstaller's ad-hoc signature only)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
#                                            notarization (notarytool); needs a signed app
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=${PYTHON:-$root/.venv/bin/python}
[ -x "$python" ] || python=python3
version=$("$python" -c 'import sys; sys.path.insert(0, "packaging"); import bundle; print(bundle.version())')
arch=$(uname -m)
app=dist/pixdesk.app
dmg=dist/pixdesk-$version-macos-$arch.dmg
entitlements=packaging/macos/entitlements.plist
identity=${MACOS_SIGN_IDENTITY:-}

keychain=
cleanup() { [ -n "$keychain" ] && security delete-keychain "$keychain" || true; }
trap cleanup EXIT
if [ -n "${MACOS_CERTIFICATE_P12_BASE64:-}" ]; then
    keychain=$(mktemp -d)/pixdesk-signing.keychain-db
    keychain_password=$(uuidgen)
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 3600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    echo "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode > "$keychain.p12"
    security import "$keychain.p12" -k "$keychain" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
    rm -f "$keychain.p12"
    security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
fi

# PyInstaller signs every binary inside with MACOS_SIGN_IDENTITY and the hardened runtime.
MACOS_SIGN_IDENTITY=$identity "$python" -m PyInstaller packaging/pixdesk.spec --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller
"$python" packaging/bundle.py check "$app"
"$app/Contents/MacOS/pixdesk" --self-test

if [ -n "$identity" ]; then
    # The bundle itself, last, with the hardened runtime and its entitlements.
    codesign --force --options runtime --timestamp --entitlements "$entitlements" --sign "$identity" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
else
    echo "No MACOS_SIGN_IDENTITY: the app is not signed (Gatekeeper will ask people to allow it)."
fi

stage=$(mktemp -d)/pixdesk
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "pixdesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "$identity" ]; then
    codesign --force --timestamp --sign "$identity" "$dmg"
    if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
        xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
        xcrun stapler staple "$dmg"
        xcrun stapler validate "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    else
        echo "No APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD: the disk image is signed but not notarized."
    fi
fi
ls -l "$dmg"
