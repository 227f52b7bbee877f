#!/usr/bin/env bash
# Prove the disk image people download: mount it read-only as Finder does, run the app's
# --self-test from the mounted volume (nothing of the build tree can stand in for it), verify the
# whole bundle's signature, and, when the build was signed and notarized, ask Gatekeeper whether it
# would let the app run. The image is detached whatever happens. release.yml runs it after
# build-dmg.sh; it works the same on a Mac:
#     packaging/macos/test-dmg.sh [dist/pixdesk-VERSION-macos-ARCH.dmg]
# Environment (release.yml sets them from which secrets exist):
#   PIXDESK_EXPECT_SIGNED=true      the app must carry a Developer ID signature
#   PIXDESK_EXPECT_NOTARIZED=true   the image must carry a stapled ticket and Gatekeeper accept the app
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

find_image() {
    local images
    shopt -s nullglob
    images=(dist/pixdesk-*-macos-"$(uname -m)".dmg)
    shopt -u nullglob
    if [ "${#images[@]}" -ne 1 ]; then
        echo "expected one dist/pixdesk-*-macos-$(uname -m).dmg (build-dmg.sh makes it), found ${#images[@]}" >&2
        return 1
    fi
    echo "${images[0]}"
}

detach() {
    # Right after the app quits its files can still be open ("Resource busy"): retry, then force.
    local attempt
    for attempt in 1 2 3 4 5; do
        hdiutil detach "$mount_point" >/dev/null 2>&1 && return 0
        sleep "$attempt"
    done
    hdiutil detach -force "$mount_point"
}

if [ $# -gt 0 ]; then dmg=$1; else dmg=$(find_image); fi
mount_point=$(mktemp -d)
hdiutil attach -nobrowse -readonly -noautoopen -mountpoint "$mount_point" "$dmg" >/dev/null
trap detach EXIT
app=$mount_point/pixdesk.app
echo "Mounted $dmg at $mount_point"

# A person runs it from Applications; the volume is read-only, which also proves the app never
# writes into its own bundle.
"$app/Contents/MacOS/pixdesk" --self-test

# Every nested framework and binary, and the bundle's own seal. Without a Developer ID this is
# PyInstaller's ad-hoc signature, which must be whole too (a broken one makes Gatekeeper call the
# app damaged).
codesign --verify --deep --strict --verbose=2 "$app"

if [ "${PIXDESK_EXPECT_SIGNED:-false}" = true ]; then
    codesign --display --verbose=2 "$app" 2>&1 | grep '^Authority=Developer ID Application' \
        || { echo "the app is not signed with a Developer ID certificate" >&2; exit 1; }
    codesign --verify --strict --verbose=2 "$dmg"
fi

if [ "${PIXDESK_EXPECT_NOTARIZED:-false}" = true ]; then
    xcrun stapler validate "$dmg"
    # Gatekeeper's verdict for launching the app ("accepted, source=Notarized Developer ID").
    spctl --assess --verbose=2 --type execute "$app"
elif [ "${PIXDESK_EXPECT_SIGNED:-false}" = true ]; then
    echo "Signed but not notarized: Gatekeeper will refuse the app until it is notarized."
else
    echo "Unsigned build: Gatekeeper will ask people to allow pixdesk (System Settings ▸ Privacy & Security)."
fi
echo "The disk image works: $dmg"
