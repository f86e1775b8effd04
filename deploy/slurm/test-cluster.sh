#!/usr/bin/env bash
# Starts a throwaway single-node Slurm cluster on this machine (its own munged, slurmctld and slurmd, all
# state in one temporary folder, nothing in /etc touched), runs submit.sh with N shards, waits for the
# merge job, checks that the merged Parquet files are byte-identical to a single `score`, and tears it
# all down. Needs root (slurmd) and the Debian packages slurmctld slurmd slurm-client munge.
#
#   deploy/slurm/test-cluster.sh [N=3] [DATA_DIR]
#
# DATA_DIR defaults to data-samples/ when it holds a dataset, else tests/conformance/clean/data.
# Exit status 0 when the merged outputs equal the single run, non-zero otherwise.
set -euo pipefail

count="${1:-3}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
timeout_seconds="${SLURM_TEST_TIMEOUT:-240}"

data="${2:-}"
if [ -z "$data" ]; then
  if compgen -G "$repo/data-samples/usage*" > /dev/null; then data="$repo/data-samples"
  else data="$repo/tests/conformance/clean/data"; fi
fi

for command in munged mungekey slurmctld slurmd sbatch scontrol sinfo dotnet; do
  command -v "$command" > /dev/null || { echo "test-cluster: '$command' not found (apt-get install slurmctld slurmd slurm-client munge)" >&2; exit 1; }
done
[ "$(id -u)" -eq 0 ] || { echo "test-cluster: slurmd must run as root" >&2; exit 1; }

work="$(mktemp -d /tmp/fs-slurm.XXXXXX)"
chmod 755 "$work"
pids=()
teardown() {
  status=$?
  # Only the daemons this script started, by pid; jobs die with slurmd.
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2> /dev/null || true
  done
  if [ "$status" -ne 0 ]; then
    echo "--- logs (test failed with status $status)"
    tail -n 30 "$work"/log/*.log "$work"/out/logs/*.log 2> /dev/null || true
  fi
  if [ -z "${KEEP_SLURM_TEST:-}" ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap teardown EXIT
# A signal (CI timeout, Ctrl-C) still tears the cluster down.
trap 'exit 143' TERM INT

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    # A refused connection means nobody listens there, for this port and the next.
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null && ! (exec 3<> "/dev/tcp/127.0.0.1/$((port + 1))") 2> /dev/null; then
      echo "$port"; return
    fi
  done
}

started=$(date +%s)
echo "== publishing the CLI (Release)"
dotnet publish "$repo/src/FunctionalScoring.Cli" -c Release -o "$work/tool" --nologo -v quiet
echo "published in $(($(date +%s) - started)) s"
export FUNCTIONAL_SCORING="$work/tool/functional-scoring"

echo "== starting munged with a generated key"
mkdir -p "$work/munge-key" "$work/munge" "$work/log" "$work/state" "$work/spool"
chmod 700 "$work/munge-key"
chmod 755 "$work/munge"
mungekey --create --keyfile="$work/munge-key/munge.key" --bits=1024
chmod 400 "$work/munge-key/munge.key"
socket="$work/munge/munge.socket.2"
munged -F --force --key-file="$work/munge-key/munge.key" --socket="$socket" --pid-file="$work/munge/munged.pid" \
  --log-file="$work/log/munged.log" --seed-file="$work/munge-key/munged.seed" > "$work/log/munged.out.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do [ -S "$socket" ] && break; sleep 0.1; done
munge -S "$socket" -n | unmunge -S "$socket" > /dev/null

echo "== starting slurmctld and slurmd"
node="$(hostname -s)"
memory="$(slurmd -C | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p')"
port="$(free_port)"
export SLURM_CONF="$work/slurm.conf"
cat > "$SLURM_CONF" << CONF
ClusterName=fs-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
MailProg=/bin/true
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
ReturnToService=2
MinJobAge=600
NodeName=$node NodeAddr=127.0.0.1 CPUs=2 RealMemory=$memory State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -D -i > "$work/log/slurmctld.out.log" 2>&1 &
pids+=($!)
slurmd -D -N "$node" > "$work/log/slurmd.out.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  sinfo -h -N -o '%t' 2> /dev/null | grep -q '^idle' && break
  sleep 0.5
done
sinfo -h -N -o '%N %t' | grep -q ' idle' || { echo "test-cluster: the node did not become idle"; sinfo -N; exit 1; }
sinfo

echo "== submitting $count shards and the merge on $data"
submitted=$(date +%s)
ids="$("$here/submit.sh" "$data" "$work/out" "$count" | tail -n 1)"
merge_job="${ids#* }"

state=""
deadline=$(($(date +%s) + timeout_seconds))
while [ "$(date +%s)" -lt "$deadline" ]; do
  state="$(scontrol show job "$merge_job" 2> /dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')"
  case "$state" in COMPLETED|FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|PREEMPTED) break ;; esac
  sleep 1
done
scontrol show job "${ids%% *}" | grep -oE 'ArrayTaskId=[0-9]+|JobState=[A-Z_]+' | paste -d ' ' - - | sed 's/^/shard /' || true
[ "$state" = "COMPLETED" ] || { echo "test-cluster: merge job $merge_job ended as '${state:-still running after ${timeout_seconds}s}'"; exit 1; }
echo "shards and merge ran in $(($(date +%s) - submitted)) s"
cat "$work/out/logs/merge.log"

echo "== comparing with a single run"
"$FUNCTIONAL_SCORING" score --data "$data" --out "$work/single" > /dev/null
for file in summary scorecard evidence rejects; do
  cmp "$work/single/$file.parquet" "$work/out/merged/$file.parquet"
  echo "$file.parquet: identical ($(stat -c %s "$work/single/$file.parquet") bytes)"
done
strip_timings() { sed '/"timings_seconds"/,/}/d' "$1"; }
diff <(strip_timings "$work/single/run.json") <(strip_timings "$work/out/merged/run.json")
echo "run.json: identical but for timings"
echo "== passed: $count shards on Slurm + merge = single run, in $(($(date +%s) - started)) s"
