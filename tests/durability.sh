#!/usr/bin/env bash
# Durability of acknowledged writes: starts the API as a real process on 127.0.0.1, streams tracked-item writes, kills it
# with SIGKILL mid-stream (3 times), restarts it and checks every acknowledged write is there and the database consistent.
# On SQLite always; on PostgreSQL too when CROSSDEPT_TEST_POSTGRES is set (tests/postgres.sh start).
#   tests/durability.sh            # durability
#   tests/durability.sh load       # tracked-item writes per second (bounded: 2000 writes or 20 s per engine)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-durability}

dotnet build api -c Release -v q -nologo >/dev/null
dotnet build bench/Durability -c Release -v q -nologo >/dev/null
tool=bench/Durability/bin/Release/net10.0/CrossDept.Durability.dll
api=api/bin/Release/net10.0/CrossDept.Api.dll

engines=(sqlite)
if [[ -n "${CROSSDEPT_TEST_POSTGRES:-}" ]]; then engines+=(postgres); else echo "durability.sh: CROSSDEPT_TEST_POSTGRES unset, PostgreSQL skipped" >&2; fi

status=0
for engine in "${engines[@]}"; do
  dotnet "$tool" "$mode" --api "$api" --engine "$engine" "${@:2}" || status=1
done
exit $status
