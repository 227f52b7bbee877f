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
# tests/unit/test_packaging_macos.py sources this file (main does not run then) to try the
# functions below with stand-ins for Apple's tools.
set -euo pipefail

keychain=

cleanup() {
    if [ -n "$keychain" ]; then
        security delete-keychain "$keychain" || true
    fi
}

# Import the Developer ID certificate into a keychain of its own, searched by codesign.
import_certificate() {
    local keychain_password
    keychain=$(mktemp -d)/pixdesk-signing.keychain-db
    keychain_password=$(uuidgen)
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 3600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    printf '%s' "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode > "$keychain.p12"
    security import "$keychain.p12" -k "$keychain" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
    rm -f "$keychain.p12"
    security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
    local existing=()
    while IFS= read -r line; do
        line=${line//\"/}
        existing+=("${line#"${line%%[![:space:]]*}"}")
    done < <(security list-keychains -d user)
    security list-keychains -d user -s "$keychain" "${existing[@]}"
}

# hdiutil create fails now and then with "Resource busy" on CI's Macs: XProtect scans the image
# while it is written (https://github.com/actions/runner-images/issues/7522). Trying again after a
# pause is the workaround there and in electron-builder (5 tries) and darktable.
DMG_ATTEMPTS=5

create_dmg() {
    local folder=$1 volume=$2 dmg=$3 attempt
    for ((attempt = 1; attempt <= DMG_ATTEMPTS; attempt++)); do
        if hdiutil create -volname "$volume" -srcfolder "$folder" -fs HFS+ -format UDZO -ov "$dmg"; then
            return 0
        fi
        echo "hdiutil create failed (attempt $attempt of $DMG_ATTEMPTS)" >&2
        if ((attempt < DMG_ATTEMPTS)); then
            sleep "$((attempt * 10))"
        fi
    done
    return 1
}

# One field of the JSON object on standard input, empty when it is missing or not JSON.
json_field() {
    "${python:-python3}" -c '
import json, sys
try:
    print(json.load(sys.stdin).get(sys.argv[1], ""))
except (ValueError, AttributeError):
    print("")
' "$1"
}

# `notarytool submit --wait` exits 0 whatever Apple decided ("Invalid" included: electron/notarize
# #173 shows the output), so the verdict is read from its JSON; Apple's reasons are only in the log.
notarize() {
    local dmg=$1 result id status
    local credentials=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
    if ! result=$(xcrun notarytool submit "$dmg" "${credentials[@]}" --wait --output-format json); then
        echo "notarytool submit failed: $result" >&2
        return 1
    fi
    id=$(printf '%s' "$result" | json_field id)
    status=$(printf '%s' "$result" | json_field status)
    if [ "$status" = "Accepted" ]; then
        echo "Notarization accepted (submission $id)."
        return 0
    fi
    echo "Notarization not accepted: status '${status:-unknown}' (submission ${id:-unknown}): $result" >&2
    if [ -n "$id" ]; then
        echo "Apple's log: xcrun notarytool log $id" >&2
        xcrun notarytool log "$id" "${credentials[@]}" >&2 || true
    fi
    return 1
}

main() {
    local root python version arch app dmg entitlements identity stage
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    cd "$root"
    python=${PYTHON:-$root/.venv/bin/python}
    [ -x "$python" ] || python=python3
    version=$("$python" -c 'import sys; sys.path.insert(0, "packaging"); import bundle; print(bundle.version())')
    arch=$(uname -m)
    app=dist/pixdesk.app
    dmg=dist/pixdesk-$version-macos-$arch.dmg
    entitlements=packaging/macos/entitlements.plist
    identity=${MACOS_SIGN_IDENTITY:-}

    trap cleanup EXIT
    if [ -n "${MACOS_CERTIFICATE_P12_BASE64:-}" ]; then
        import_certificate
    fi

    # PyInstaller signs every binary inside with MACOS_SIGN_IDENTITY (ad-hoc without one) and then
    # the bundle. It only warns when that fails, which a broken framework layout makes it do
    # (PyInstaller/building/osx.py, BUNDLE.assemble): make it an error, and verify the result.
    MACOS_SIGN_IDENTITY=$identity PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR=1 PYINSTALLER_VERIFY_BUNDLE_SIGNATURE=1 \
        "$python" -m PyInstaller packaging/pixdesk.spec --noconfirm --log-level WARN \
        --distpath dist --workpath build/pyinstaller
    "$python" packaging/bundle.py check "$app"
    "$app/Contents/MacOS/pixdesk" --self-test

    if [ -n "$identity" ]; then
        # The bundle itself, last, with the hardened runtime and its entitlements.
        codesign --force --options runtime --timestamp --entitlements "$entitlements" --sign "$identity" "$app"
    else
        echo "No MACOS_SIGN_IDENTITY: the app is signed ad hoc only (Gatekeeper will ask people to allow it)."
    fi
    codesign --verify --deep --strict --verbose=2 "$app"

    stage=$(mktemp -d)/pixdesk
    mkdir -p "$stage"
    ditto "$app" "$stage/pixdesk.app"  # Apple's copier: keeps the frameworks' links and the signature whole
    ln -s /Applications "$stage/Applications"
    rm -f "$dmg"
    create_dmg "$stage" "pixdesk $version" "$dmg"

    if [ -n "$identity" ]; then
        codesign --force --timestamp --sign "$identity" "$dmg"
        if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
            notarize "$dmg"
            xcrun stapler staple "$dmg"
            xcrun stapler validate "$dmg"
            spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
        else
            echo "No APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD: the disk image is signed but not notarized."
        fi
    fi
    ls -l "$dmg"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    main "$@"
fi
