#!/usr/bin/env bash
# Builds the Teams app package: BOT_ID=<Azure Bot app id> BOT_HOST=bot.example.org DEVELOPER_NAME="Clinic" deploy/teams/package.sh
# Needs `zip` (apt-get install zip). Writes deploy/teams/recovery-support-teams.zip.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${BOT_ID:?set BOT_ID to the Azure Bot's Microsoft App ID}"
: "${BOT_HOST:?set BOT_HOST to the bot's public host name}"
DEVELOPER_NAME="${DEVELOPER_NAME:-Recovery Support team}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s/\${{BOT_ID}}/$BOT_ID/g" -e "s/\${{BOT_HOST}}/$BOT_HOST/g" -e "s/\${{DEVELOPER_NAME}}/$DEVELOPER_NAME/g" "$here/manifest.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"
(cd "$work" && zip -q -X "$here/recovery-support-teams.zip" manifest.json color.png outline.png)
echo "wrote $here/recovery-support-teams.zip"
