#!/bin/sh
# Install Reciprocity Desktop from this unpacked archive for the current user (no root needed):
#   ./install.sh              copy the program, add the menu entry, icons, MIME type and metainfo
#   ./install.sh --uninstall  take them away again (the store in ~/.local/share/Reciprocity Desktop stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=org.reciprocity.ReciprocityDesktop
data="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/reciprocity-desktop"
bin="$HOME/.local/bin"

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt"
  rm -f "$bin/reciprocity-desktop" "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml" \
        "$data/mime/packages/$app_id.xml"
  find "$data/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  refresh
  echo "Reciprocity Desktop is uninstalled."
  exit 0
fi

mkdir -p "$opt" "$bin"
rm -rf "$opt"
cp -a "$here/reciprocity-desktop" "$opt"
ln -sf "$opt/reciprocity-desktop" "$bin/reciprocity-desktop"
mkdir -p "$data"
cp -a "$here/share/." "$data/"
# The menu entry runs the installed copy even when ~/.local/bin is not on PATH.
sed -i "s|^Exec=reciprocity-desktop|Exec=$opt/reciprocity-desktop|; s|^TryExec=reciprocity-desktop|TryExec=$opt/reciprocity-desktop|" \
  "$data/applications/$app_id.desktop"
refresh
echo "Reciprocity Desktop is installed: $bin/reciprocity-desktop, and in the menu under Office."
