# Sourced by .ci/run: puts a Node that satisfies package.json's `engines` first on PATH.
# The locked dependencies' own `engines` allow exactly ^22.13.0 || ^24 || >=26: Electron 45's download
# and packaging tools ask for >= 22.12, ESLint 9 for ^22.13, nanoid 6 for 22, 24 or >= 26. Any other
# Node (Debian's 20.x) makes `npm ci` print EBADENGINE. Then the pinned release is taken from the npm
# registry (the node-linux-<arch> package holds the official binary; npm checks its integrity) into a
# cache folder, once.
tickmark_node_range='^22.13.0 || ^24 || >=26'
tickmark_node_pin=22.23.5 # the version the repo is tested with (README, Install)

tickmark_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e "const [a, b] = process.versions.node.split('.').map(Number);
    process.exit((a === 22 && b >= 13) || a === 24 || a >= 26 ? 0 : 1)"
}

tickmark_provide_node() {
  tickmark_node_ok && return 0
  local arch
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "No Node $tickmark_node_range here and no node-linux package for $(uname -m): install Node $tickmark_node_pin yourself." >&2; return 1 ;;
  esac
  if ! command -v npm >/dev/null 2>&1; then
    # Any npm will do to fetch the pinned Node; Debian's is old but can `npm pack`.
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  fi
  local prefix="${TICKMARK_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tickmark-node}/$tickmark_node_pin-$arch"
  if [ ! -x "$prefix/bin/node" ]; then
    local work
    work="$(mktemp -d)"
    (cd "$work" && npm pack --silent "node-linux-$arch@$tickmark_node_pin" >/dev/null && tar xzf ./*.tgz)
    mkdir -p "$(dirname "$prefix")"
    rm -rf "$prefix"
    # Moved into place whole, so an interrupted download never leaves a half Node in the cache.
    mv "$work/package" "$prefix"
    rm -rf "$work"
  fi
  export PATH="$prefix/bin:$PATH"
  tickmark_node_ok || { echo "The Node fetched into $prefix does not run here." >&2; return 1; }
  echo "Using Node $(node --version) from $prefix (the machine's Node is outside $tickmark_node_range)."
}
