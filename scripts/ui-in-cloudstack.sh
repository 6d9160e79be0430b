#!/usr/bin/env bash
# The native Device HA section inside a real CloudStack UI, in a real browser (not run by CI).
#
# usage: scripts/ui-in-cloudstack.sh CLOUDSTACK_UI_DIR [API_URL] [SHOT_PREFIX]
#   CLOUDSTACK_UI_DIR  the ui/ folder of a CloudStack 4.20 to 4.22 source tree whose dependencies are installed
#                      (npm install --no-audit --no-fund --ignore-scripts); the section is applied to it (ui/apply.js)
#   API_URL            what serves /client/api: a management server with the plugin (default http://127.0.0.1:8080)
#                      or the API sandbox (scripts/drill.sh serve prints its URL)
#   SHOT_PREFIX        screenshot file prefix (default ui)
#   UI_PASSWORD        (environment) admin's password: "password" on a developer-profile management server; the
#                      one scripts/drill.sh serve prints for the sandbox
#
# Starts the UI's development server against API_URL on port 5050 (first compile: about 2 minutes on 2 cores), then
# runs CloudStackUiSectionTest in Debian's Chromium: logs in as admin/password, opens every Device HA view and the
# forms of its actions, fails on any raw label key, and writes screenshots to ui/target/screenshots/cloudstack-ui/.
set -euo pipefail
cd "$(dirname "$0")/.."
ui_dir=$(cd "${1:?usage: scripts/ui-in-cloudstack.sh CLOUDSTACK_UI_DIR [API_URL] [SHOT_PREFIX]}" && pwd)
api_url=${2:-http://127.0.0.1:8080}
prefix=${3:-ui}
port=5050

[ -d "$ui_dir/node_modules" ] || { echo "no node_modules in $ui_dir: run npm install --no-audit --no-fund --ignore-scripts there first" >&2; exit 2; }
node ui/apply.js "$ui_dir"

log=$(mktemp)
# vue-cli 4 and webpack 4 need OpenSSL's legacy provider on Node 17 and later.
# In its own process group, so that stopping it stops npx's node children too.
(cd "$ui_dir" && NODE_OPTIONS=--openssl-legacy-provider CS_URL="$api_url" \
    exec setsid nice npx vue-cli-service serve --port "$port") >"$log" 2>&1 &
server=$!
trap 'kill -- "-$server" 2>/dev/null || kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
echo "UI development server (pid $server) compiling against $api_url ..."
for _ in $(seq 1 300); do
    grep -q "App running at" "$log" && break
    kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 2
done
grep -q "App running at" "$log" || { tail -20 "$log" >&2; echo "the UI did not compile in 10 minutes" >&2; exit 1; }

nice mvn -B -ntp -q -pl ui -am test -Dtest=CloudStackUiSectionTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcloudstack.ui.url="http://127.0.0.1:$port" -Dcloudstack.ui.prefix="$prefix" \
    -Dcloudstack.ui.password="${UI_PASSWORD:-password}"
echo "screenshots: ui/target/screenshots/cloudstack-ui/"
