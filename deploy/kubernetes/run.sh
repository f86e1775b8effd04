#!/usr/bin/env bash
# Runs the Indexed Job of N shards, waits for it, then runs the merge Job (Kubernetes has no job
# dependencies of its own; a workflow engine such as Argo can replace this script).
#
#   deploy/kubernetes/run.sh N [IMAGE]
#
# Needs: kubectl pointing at the cluster, a ReadWriteMany PVC "functional-scoring" holding the
# dataset in data/ (outputs go to out/), and IMAGE built from the Dockerfile beside this script.
set -euo pipefail
count="${1:?usage: run.sh N [IMAGE]}"
image="${2:-registry.example.com/functional-scoring:1.0.0}"
timeout="${FS_K8S_TIMEOUT:-6h}"
here="$(cd "$(dirname "$0")" && pwd)"

render() {
  sed -e "s|^\(  completions:\).*|\1 $count|" -e "s|^\(  parallelism:\).*|\1 $count|" \
      -e "s|{name: SHARD_COUNT, value: \"[0-9]*\"}|{name: SHARD_COUNT, value: \"$count\"}|" \
      -e "s|image: .*|image: $image|" "$1"
}

kubectl delete job fs-shards fs-merge --ignore-not-found
render "$here/shards-job.yaml" | kubectl apply -f -
# A Job ends Complete or Failed; wait for either, then decide.
kubectl wait --for=condition=complete --timeout="$timeout" job/fs-shards &
complete=$!
kubectl wait --for=condition=failed --timeout="$timeout" job/fs-shards &
failed=$!
wait -n "$complete" "$failed" || true
kill "$complete" "$failed" 2> /dev/null || true
if [ "$(kubectl get job fs-shards -o jsonpath='{.status.succeeded}')" != "$count" ]; then
  echo "run.sh: not every shard succeeded; no merge" >&2
  kubectl get pods -l app=functional-scoring,role=shard >&2
  exit 1
fi
render "$here/merge-job.yaml" | kubectl apply -f -
kubectl wait --for=condition=complete --timeout="$timeout" job/fs-merge
kubectl logs job/fs-merge
