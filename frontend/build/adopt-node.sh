#!/bin/sh
# Lets frontend-maven-plugin use the node and npm already installed on this machine.
#
# The plugin skips its download when <installDirectory>/node/node reports exactly the configured
# version, and likewise for npm. So when a node is on the PATH we link it (and its npm) into the
# install directory and report its versions; without one we report the defaults and the plugin
# downloads them as usual.
#
# usage: adopt-node.sh <installDirectory> <default node version> <default npm version> <properties file>
set -eu
install_dir=$1; node_version=$2; npm_version=$3; out=$4
mkdir -p "$(dirname "$out")"

if system_node=$(command -v node 2>/dev/null) && [ -x "$system_node" ]; then
  system_node=$(readlink -f "$system_node")
  npm_dir=$("$system_node" -e 'const p=require("path");try{console.log(p.dirname(require.resolve("npm/package.json",{paths:[p.join(p.dirname(process.execPath),"../lib/node_modules")]})))}catch(e){}' 2>/dev/null || true)
  if [ -n "$npm_dir" ] && [ -f "$npm_dir/package.json" ]; then
    node_version=$("$system_node" --version)
    npm_version=$("$system_node" -p 'require(process.argv[1]).version' "$npm_dir/package.json")
    mkdir -p "$install_dir/node/node_modules"
    ln -sfn "$system_node" "$install_dir/node/node"
    ln -sfn "$npm_dir" "$install_dir/node/node_modules/npm"
    echo "[adopt-node] using the installed node $node_version and npm $npm_version" >&2
  fi
fi

printf 'frontend.node.version=%s\nfrontend.npm.version=%s\n' "$node_version" "$npm_version" > "$out"
