#!/bin/sh
# Renders the add-in's icons (manifest: 16/32/80 for buttons, 64/128 for the store tile) from icon.svg.
# Needs ImageMagick (Debian: apt-get install -y imagemagick). The PNGs are committed; run after changing the SVG.
set -e
cd "$(dirname "$0")/.."
for size in 16 32 64 80 128; do
  /usr/bin/convert -background none -density 384 scripts/icon.svg -resize "${size}x${size}" -strip "public/assets/icon-${size}.png"
done
ls -l public/assets
