#!/usr/bin/env bash
# Rebuild the vendored front-end libraries of the web dashboard from the npm registry.
#
# The files land in src/sitroom/web/static/vendor/ and are committed, so that
# `pip install` ships them and the dashboard never fetches anything at run time.
# Run it only to upgrade a library: bump the pinned version below, run, commit.
set -euo pipefail

LEAFLET=leaflet@1.9.4
MARKERCLUSTER=leaflet.markercluster@1.5.3
TOPOJSON_CLIENT=topojson-client@3.1.0
WORLD_ATLAS=world-atlas@2.0.2

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/src/sitroom/web/static/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
for pkg in "$LEAFLET" "$MARKERCLUSTER" "$TOPOJSON_CLIENT" "$WORLD_ATLAS"; do
  npm pack --silent "$pkg" >/dev/null
done
for tgz in *.tgz; do
  mkdir -p "${tgz%.tgz}" && tar -xzf "$tgz" -C "${tgz%.tgz}" --strip-components=1
done

rm -rf "$DEST"
mkdir -p "$DEST/leaflet/images" "$DEST/markercluster" "$DEST/topojson-client" "$DEST/world-atlas"

# Leaflet: the minified library, its stylesheet, the default marker images, licence.
cp leaflet-*/dist/leaflet.js leaflet-*/dist/leaflet.css "$DEST/leaflet/"
cp leaflet-*/dist/images/*.png "$DEST/leaflet/images/"
cp leaflet-*/LICENSE "$DEST/leaflet/LICENSE"

# Marker clustering plugin.
cp leaflet.markercluster-*/dist/leaflet.markercluster.js \
   leaflet.markercluster-*/dist/MarkerCluster.css \
   leaflet.markercluster-*/dist/MarkerCluster.Default.css "$DEST/markercluster/"
cp leaflet.markercluster-*/MIT-LICENCE.txt "$DEST/markercluster/LICENSE"

# TopoJSON -> GeoJSON conversion in the browser (feature()).
cp topojson-client-*/dist/topojson-client.min.js "$DEST/topojson-client/"
cp topojson-client-*/LICENSE "$DEST/topojson-client/LICENSE"

# Country outlines from Natural Earth (public domain data, ISC-licensed package).
cp world-atlas-*/countries-50m.json world-atlas-*/countries-110m.json "$DEST/world-atlas/"
cp world-atlas-*/LICENSE "$DEST/world-atlas/LICENSE"

cat > "$DEST/VERSIONS.txt" <<VERSIONS
# Vendored by scripts/vendor_frontend.sh from the npm registry; do not edit by hand.
$LEAFLET
$MARKERCLUSTER
$TOPOJSON_CLIENT
$WORLD_ATLAS
VERSIONS
echo "vendored into $DEST:"
find "$DEST" -type f | sed "s|$ROOT/||" | sort
