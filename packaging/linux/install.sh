#!/bin/sh
# Install pixdesk for this user (no root): the app in ~/.local/lib/pixdesk, the `pixdesk`
# command in ~/.local/bin, a menu entry with "Open with pixdesk" for images and PDFs.
#     ./install.sh              install or update
#     ./install.sh --uninstall  remove it (your conversations stay in ~/.local/share/pixdesk)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app=$HOME/.local/lib/pixdesk
bin=$HOME/.local/bin
desktop=$data/applications/pixdesk.desktop

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$data/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$data/icons/hicolor" || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$app"
    rm -f "$bin/pixdesk" "$desktop"
    for icon in "$data"/icons/hicolor/*/apps/pixdesk.png; do rm -f "$icon"; done
    refresh_menus
    echo "pixdesk is uninstalled. Your conversations and settings are kept in $data/pixdesk"
    echo "and ${XDG_CONFIG_HOME:-$HOME/.config}/pixdesk; delete those folders to remove them too."
    exit 0
fi

mkdir -p "$app" "$bin" "$data/applications"
rm -rf "$app.new"
cp -a "$here/pixdesk" "$app.new"        # a complete copy first, then swap: never half-updated
rm -rf "$app" && mv "$app.new" "$app"
ln -sf "$app/pixdesk" "$bin/pixdesk"
for png in "$here"/icons/pixdesk-*.png; do
    size=$(basename "$png" .png | cut -d- -f2)
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$data/icons/hicolor/${size}x${size}/apps/pixdesk.png"
done
sed "s|^Exec=pixdesk |Exec=\"$app/pixdesk\" |" "$here/pixdesk.desktop" > "$desktop"
refresh_menus
echo "pixdesk is installed: find it in your applications menu, or run $bin/pixdesk"
