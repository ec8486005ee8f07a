#!/usr/bin/env bash
# Regenerates Sources/OnRecordStore/Schema+SQL.swift from schema.sql (the source of truth).
# OnRecordStoreTests fails when the two differ, so run this after every schema.sql change.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/OnRecordStore/Schema+SQL.swift
{
    echo "// Generated from schema.sql by scripts/generate-schema-swift.sh. Do not edit by hand."
    echo "// swift-format-ignore-file"
    echo
    echo "extension DatabaseSchema {"
    echo "    /// The full text of \`schema.sql\`, applied verbatim to a new database."
    echo "    static let sql = #\"\"\""
    sed 's/^/    /; s/^    $//' schema.sql
    echo "    \"\"\"#"
    echo "}"
} > "$out"
echo "wrote $out"
