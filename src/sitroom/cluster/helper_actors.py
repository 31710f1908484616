"""Ray Data's helper actors: what a job against a long-lived cluster leaves behind, and ending it.

Ray Data starts three named, detached actors on first use in a cluster (its stats actor, autoscaling
coordinator and actor-location tracker) and never ends them: after a `sitroom` job they stay alive on
the cluster, each an idle Python process of ~100 MB polling a few percent of a core. They are shared by
every Ray Data job of the cluster, so sitroom ends only those its own job created, and only when no
other job is running on the cluster when it is done. sitroom has two of them started as its job starts
(:func:`start_helpers`), not with the job's first tasks.
"""

from __future__ import annotations

# (name, namespace) of each helper actor, as Ray Data names them.
HELPERS = (
    ("datasets_stats_actor", "_dataset_stats_actor"),
    ("AutoscalingCoordinator", "AutoscalingCoordinator"),
    ("ActorLocationTracker", "ActorLocationTracker"),
)


def existing_helpers(ray) -> set[tuple[str, str]]:
    """The helper actors alive on the cluster now (started by an earlier job, or another user's)."""
    found = set()
    for name, namespace in HELPERS:
        try:
            ray.get_actor(name, namespace=namespace)
        except ValueError:  # Ray's word for "no such named actor"
            continue
        found.add((name, namespace))
    return found


def other_jobs_running(ray) -> bool:
    """Whether a driver other than this one is connected to the cluster (it may be using the helpers)."""
    me = ray.get_runtime_context().get_job_id()
    return any(not job["IsDead"] and job["JobID"] != me for job in ray.state.jobs())


def end_own_helpers(ray, before: set[tuple[str, str]]) -> list[str]:
    """End the helper actors that were not there before this job (``before``, from :func:`existing_helpers`),
    unless another job is running on the cluster. RETURNS the names of the actors ended."""
    started = existing_helpers(ray) - before
    if not started or other_jobs_running(ray):
        return []
    ended = []
    for name, namespace in sorted(started):
        try:
            ray.kill(ray.get_actor(name, namespace=namespace), no_restart=True)
        except ValueError:  # gone meanwhile
            continue
        ended.append(name)
    return ended


def start_helpers() -> None:
    """Have Ray Data start its stats actor and autoscaling coordinator now, as the job starts, not when
    the first tasks are handed out (it starts the location tracker early itself). Each is a fresh Python
    process importing Ray Data (~1-2 CPU s): started at dispatch they took those seconds from the
    actors' first tasks; started here, they come up while the actors load the pipeline. Ray Data's
    functions for it are internal: a Ray without them just starts the helpers later, as before."""
    try:
        from ray.data._internal.cluster_autoscaler import get_or_create_autoscaling_coordinator
        from ray.data._internal.stats import get_or_create_stats_actor
    except ImportError:
        return
    get_or_create_stats_actor()
    get_or_create_autoscaling_coordinator()
