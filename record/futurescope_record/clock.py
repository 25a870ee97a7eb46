"""The clock every process of a run shares, and the environment that hands it to worker processes."""

import os
import time

now = time.perf_counter_ns  # system-wide monotonic clock on Linux, macOS and Windows

# Environment variables a recording parent sets for the processes it starts.
ENV_T0 = "FUTURESCOPE_RECORD_T0"    # the parent's start time, in now()'s nanoseconds
ENV_DIR = "FUTURESCOPE_RECORD_DIR"  # the folder worker processes write their events to
ENV_SCRIPT = "FUTURESCOPE_RECORD_SCRIPT"  # the script's absolute path (to find its line numbers)


def from_env():
    """Returns (t0, folder, script) from the environment, or None when no recording parent set them."""
    try:
        return int(os.environ[ENV_T0]), os.environ[ENV_DIR], os.environ.get(ENV_SCRIPT, "")
    except (KeyError, ValueError):
        return None
