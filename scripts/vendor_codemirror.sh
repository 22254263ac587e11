#!/bin/sh
# Refresh kg/static/codemirror from the npm registry (run by hand, never by a build or a test).
set -eu
VERSION=5.65.20
SHA256=0ef6484ea4f71c28c6b3dd146349e79786762fc4b42e5b33befea6201c7fa6c8
DEST="$(cd "$(dirname "$0")/.." && pwd)/kg/static/codemirror"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack "codemirror@$VERSION" >/dev/null
echo "$SHA256  codemirror-$VERSION.tgz" | sha256sum -c -
tar xzf "codemirror-$VERSION.tgz"
cp package/lib/codemirror.js package/lib/codemirror.css package/mode/sparql/sparql.js \
   package/addon/edit/matchbrackets.js package/LICENSE "$DEST/"
echo "CodeMirror $VERSION copied into $DEST"
