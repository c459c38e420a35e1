#!/usr/bin/env bash
# Install the Debian packages Tally's tests and real-window checks need, when missing.
# Qt offscreen needs the GL/X/font libraries; the PDF tests need poppler (pdfsig, pdftoppm)
# and qpdf. Runs apt-get only as root; otherwise it names what is missing and carries on.
set -u
pkgs=(libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
      libxkbcommon0 fonts-dejavu-core poppler-utils qpdf)
if [[ ${1:-} == --gui ]]; then
  pkgs+=(xvfb x11-apps xdotool libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1
         libxkbcommon-x11-0)
fi
need=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || need+=("$p")
done
[[ ${#need[@]} -eq 0 ]] && exit 0
if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "warning: please install these system packages: ${need[*]}" >&2
fi
