#!/usr/bin/env bash
# Submits a sharded `score` to Slurm: an array job of N shards, then a merge job that starts only when
# every shard succeeded. Prints the two job ids as "ARRAY_JOB_ID MERGE_JOB_ID" on the last line.
#
#   submit.sh DATA_DIR OUT_DIR N [score options, e.g. --as-of 2025-06 --rules modern-work-2023]
#
# DATA_DIR and OUT_DIR must be on a filesystem every node sees. Results: OUT_DIR/shard-K/ per shard,
# OUT_DIR/merged/ for the whole run, OUT_DIR/logs/ for the job logs.
#
# Environment:
#   FUNCTIONAL_SCORING  the published CLI (dotnet publish src/FunctionalScoring.Cli -c Release -o DIR,
#                       then DIR/functional-scoring); published into OUT_DIR/tool when unset, so jobs never compile
#   SHARD_SBATCH_ARGS   extra sbatch options for the shards, e.g. "--mem=8G --time=01:00:00 --partition=batch"
#   MERGE_SBATCH_ARGS   extra sbatch options for the merge job
#   (sbatch's own SBATCH_* variables, e.g. SBATCH_ACCOUNT, apply to both)
set -euo pipefail

if [ "$#" -lt 3 ]; then
  sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
data="$1" out="$2" count="$3"
shift 3
case "$count" in ''|*[!0-9]*|0) echo "submit.sh: N must be a positive integer, got '$count'" >&2; exit 2 ;; esac
[ -d "$data" ] || { echo "submit.sh: no dataset folder $data" >&2; exit 1; }

here="$(cd "$(dirname "$0")" && pwd)"
data="$(cd "$data" && pwd)"
mkdir -p "$out/logs"
out="$(cd "$out" && pwd)"

tool="${FUNCTIONAL_SCORING:-}"
if [ -z "$tool" ]; then
  repo="$(cd "$here/../.." && pwd)"
  echo "publishing the CLI into $out/tool" >&2
  dotnet publish "$repo/src/FunctionalScoring.Cli" -c Release -o "$out/tool" --nologo -v quiet >&2
  tool="$out/tool/functional-scoring"
fi
[ -x "$tool" ] || { echo "submit.sh: $tool is not an executable CLI build" >&2; exit 1; }

# shellcheck disable=SC2086 # the *_SBATCH_ARGS are option lists, split on purpose
array_job=$(sbatch --parsable --array="1-$count" --output="$out/logs/shard-%a.log" ${SHARD_SBATCH_ARGS:-} \
  "$here/shard.sbatch" "$tool" "$data" "$out" "$count" "$@")
array_job="${array_job%%;*}"
# shellcheck disable=SC2086
merge_job=$(sbatch --parsable --dependency="afterok:$array_job" --output="$out/logs/merge.log" ${MERGE_SBATCH_ARGS:-} \
  "$here/merge.sbatch" "$tool" "$out" "$count")
merge_job="${merge_job%%;*}"
echo "submitted shards as array job $array_job (1-$count) and the merge as job $merge_job" >&2
echo "$array_job $merge_job"
