"""Ray Data's detached helper actors: a job ends those it started, never those others had, and none while
another job runs on the cluster (a fake Ray: the real cluster's case is in test_extract_on_ray)."""

from __future__ import annotations

from sitroom.cluster.helper_actors import HELPERS, end_own_helpers, existing_helpers


class FakeRay:
    def __init__(self, alive: set[tuple[str, str]], jobs: list[dict]):
        self.alive = set(alive)
        self.killed: list[tuple[str, str]] = []

        class State:
            @staticmethod
            def jobs():
                return jobs

        class Context:
            @staticmethod
            def get_job_id():
                return "02000000"

        self.state = State()
        self._context = Context()

    def get_runtime_context(self):
        return self._context

    def get_actor(self, name, namespace=None):
        if (name, namespace) not in self.alive:
            raise ValueError(f"Failed to look up actor with name '{name}'")
        return (name, namespace)

    def kill(self, handle, no_restart=False):
        assert no_restart  # Ray Data's coordinator restarts forever otherwise
        self.alive.discard(handle)
        self.killed.append(handle)


ME = {"JobID": "02000000", "IsDead": False}
EARLIER = {"JobID": "01000000", "IsDead": True}


def test_the_helpers_a_job_started_are_ended():
    ray = FakeRay(set(HELPERS), [EARLIER, ME])
    assert end_own_helpers(ray, set()) == ["ActorLocationTracker", "AutoscalingCoordinator", "datasets_stats_actor"]
    assert ray.alive == set()


def test_helpers_that_were_there_before_stay():
    stats = ("datasets_stats_actor", "_dataset_stats_actor")
    ray = FakeRay(set(HELPERS), [ME])
    before = {stats}
    assert end_own_helpers(ray, before) == ["ActorLocationTracker", "AutoscalingCoordinator"]
    assert ray.alive == {stats}


def test_nothing_is_ended_while_another_job_runs():
    ray = FakeRay(set(HELPERS), [ME, {"JobID": "03000000", "IsDead": False}])
    assert end_own_helpers(ray, set()) == []
    assert ray.alive == set(HELPERS)


def test_existing_helpers_names_what_is_alive():
    ray = FakeRay({HELPERS[1]}, [ME])
    assert existing_helpers(ray) == {HELPERS[1]}
