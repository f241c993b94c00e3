#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded here. Migrations run through
# the WebAssembly engine (npm run db:migrate); anything that reaches this stub must fail loudly.
echo "The native Prisma schema engine is not installed; use npm run db:migrate." >&2
exit 1
