#!/bin/sh
[ "$1" = "--version" ] && { echo "schema-engine-stub 0.0.0"; exit 0; }
echo "Moteur de schéma natif indisponible hors ligne : utilisez npm run db:migrate (scripts/migrate.ts)." >&2
exit 1
