#!/usr/bin/env bash
# CI step: sharded scoring on a real (single-node, throwaway) Slurm cluster. Installs the Debian
# packages when missing, then deploy/slurm/test-cluster.sh submits `score --shard K/3` as an array
# job plus a dependent `merge`, and byte-compares the merged Parquet files with a single run.
# Bounded: the whole step is killed after SLURM_STEP_TIMEOUT seconds (default 300).
set -euo pipefail
cd "$(dirname "$0")/../.."

packages=(slurmctld slurmd slurm-client munge)
if ! command -v slurmctld > /dev/null || ! command -v slurmd > /dev/null || ! command -v sbatch > /dev/null || ! command -v munged > /dev/null; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get > /dev/null; then
    echo "60-slurm: ${packages[*]} are missing and cannot be installed here (needs root and apt-get)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Another job may be installing packages: wait for the dpkg lock rather than fail.
  apt-get -o DPkg::Lock::Timeout=120 update -qq
  apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends "${packages[@]}" > /dev/null
fi

started=$(date +%s)
timeout --signal=TERM --kill-after=20 "${SLURM_STEP_TIMEOUT:-300}" deploy/slurm/test-cluster.sh 3
echo "60-slurm: passed in $(($(date +%s) - started)) s"
