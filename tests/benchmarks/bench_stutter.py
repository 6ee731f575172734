"""Never stutter: how long the window's event loop is blocked while a run trains, against idle.

One process, one window (offscreen, so every repaint is really rasterized), the
article's dataset. A 5 ms probe (:class:`window_driver.GapProbe`) records the gaps
between its ticks during:

(a) the reference run: 1000 epochs at full speed (several runs);
(b) a long run: 20,000 epochs at full speed, the curves growing to 20k points;
(c) a slowed run: 100 epochs per second, as a class would watch it.

Each run's baseline is the same probe in the same window left idle for as long
as the run took (the run's probing goes on for 0.3 s after ``trainingFinished``,
so what the last update sets off counts against the run, not the baseline).
Figures: the largest gap over all runs of a kind (the goal: never above 50 ms)
and the 99th percentile of all their gaps. Before each run
the earlier runs are cleared from the plot ("Clear earlier runs"), so each run
draws beside exactly one faded earlier run, as when a user trains twice.

Also: the reference run's own time in the window (``Outcome.elapsed``) against
the same run headless (:class:`core.training.TrainingRun` over the same arrays,
in this process, while the window idles), and how many progress updates per
second the window received (the worker promises at most 30, plus the final one).

``--profile`` adds, on stderr, the slowest GUI-thread events of a long run
(receiver and event type): where the time goes when the loop is blocked.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, replace

import app_environment  # noqa: F401  (before numpy: the app's BLAS threads)
import numpy as np
from figures import dataset_dir, emit, median
from machine_load import OtherLoad
from window_driver import GapProbe, application, open_window, private_config, spin, wait_for

REFERENCE_EPOCHS, REFERENCE_RUNS = 1000, 7
LONG_EPOCHS, LONG_RUNS = 20_000, 3
SLOW_EPOCHS, SLOW_RATE, SLOW_RUNS = 200, 100, 3
UPDATE_CAP = 30
GOAL_MS = 50
TAIL_S = 0.3


@dataclass
class Run:
    """What one run in the window showed: probe gaps, the outcome's time, the updates received."""

    gaps: np.ndarray
    wall: float
    elapsed: float
    updates: int
    idle_gaps: np.ndarray


def train(window, probe: GapProbe, epochs: int, rate: int, idle: bool = True) -> Run:
    """One run in the window, probed; then the same probe with the window idle as long."""
    window.controls.epochs.setValue(epochs)
    index = window.controls.speed.findData(rate)
    if index < 0:
        sys.exit(f"benchmark: the speed control has no {rate} epochs/s")
    window.controls.speed.setCurrentIndex(index)
    window.curves.clear_history_button.click()
    outcomes, failures, updates = [], [], [0]

    def count(_progress: object) -> None:
        updates[0] += 1

    window.training.finished.connect(outcomes.append)
    window.training.failed.connect(failures.append)
    window.state.recordsAdded.connect(count)
    probe.start()
    started = time.perf_counter()
    window.run_commands.train()
    wait_for(
        lambda: bool(outcomes or failures),
        window.training.finished,
        window.training.failed,
        timeout=600,
        what=f"end of a {epochs}-epoch run",
    )
    spin(TAIL_S)  # what the last update and the outcome set off belongs to the run
    wall = time.perf_counter() - started
    gaps = probe.stop()
    for signal, slot in (
        (window.training.finished, outcomes.append),
        (window.training.failed, failures.append),
        (window.state.recordsAdded, count),
    ):
        signal.disconnect(slot)
    if failures:
        sys.exit(f"benchmark: training failed: {failures[0]}")
    idle_gaps = np.zeros(1)
    if idle:  # without: the probe keeps the run's ticks, for a profile to read
        probe.start()
        spin(wall)
        idle_gaps = probe.stop()
    return Run(gaps, wall, outcomes[0].elapsed, updates[0], idle_gaps)


def headless(window) -> float:
    """The reference run as the worker runs it, without the window: flatten, build, iterate."""
    from core.dataset import flatten
    from core.training import TrainingRun

    data = window.state.dataset
    hyper = replace(window.controls.hyperparameters(), epochs=REFERENCE_EPOCHS)
    started = time.perf_counter()
    run = TrainingRun(
        flatten(data.train_images),
        data.train_labels,
        flatten(data.test_images),
        data.test_labels,
        hyper,
    )
    for _ in run:
        pass
    run.neuron()
    return time.perf_counter() - started


def emit_gaps(label: str, runs: list[Run]) -> None:
    gaps = np.concatenate([r.gaps for r in runs])
    idle = np.concatenate([r.idle_gaps for r in runs])
    n = len(runs)
    print(
        f"# {label}: largest gap per run {[round(float(r.gaps.max()), 1) for r in runs]} ms; "
        f"gaps over {GOAL_MS} ms: {int((gaps > GOAL_MS).sum())} of {len(gaps)}; "
        f"run wall time {[round(r.wall, 2) for r in runs]} s",
        file=sys.stderr,
        flush=True,
    )
    emit(
        f"stutter, {label}: largest event-loop gap over {n} runs (5 ms probe; goal ≤ {GOAL_MS}) "
        "vs the idle window",
        float(gaps.max()),
        "ms",
        float(idle.max()),
    )
    emit(
        f"stutter, {label}: 99th percentile of event-loop gaps over {n} runs vs the idle window",
        float(np.percentile(gaps, 99)),
        "ms",
        float(np.percentile(idle, 99)),
    )


def emit_update_rate(label: str, runs: list[Run]) -> None:
    rates = [(r.updates - 1) / r.elapsed for r in runs]
    emit(
        f"progress updates per second received by the window, {label}, final one excluded "
        f"(baseline: the worker's cap of {UPDATE_CAP}/s)",
        median(rates),
        "1/s",
        UPDATE_CAP,
    )


def main(profile: bool) -> None:
    dataset_dir()
    config = private_config()
    if profile:
        from event_profile import ProfilingApplication

        ProfilingApplication(sys.argv[:1])
    app = application()
    load = OtherLoad("bench_stutter")
    window = open_window()
    probe = GapProbe()
    spin(1.0)  # the dataset tab's thumbnails and the first repaints settle

    train(window, probe, REFERENCE_EPOCHS, 0)  # warm up: the first run imports and allocates
    headless(window)
    reference, alone = [], []
    for _ in range(REFERENCE_RUNS):
        reference.append(train(window, probe, REFERENCE_EPOCHS, 0))
        alone.append(headless(window))
    long = [train(window, probe, LONG_EPOCHS, 0) for _ in range(LONG_RUNS)]
    slow = [train(window, probe, SLOW_EPOCHS, SLOW_RATE) for _ in range(SLOW_RUNS)]
    load.report()

    emit_gaps(f"reference run ({REFERENCE_EPOCHS} epochs, max speed)", reference)
    emit_gaps(f"long run ({LONG_EPOCHS:,} epochs, max speed)", long)
    emit_gaps(f"slowed run ({SLOW_EPOCHS} epochs at {SLOW_RATE} epochs/s)", slow)
    emit(
        f"reference run ({REFERENCE_EPOCHS} epochs) in the window (Outcome.elapsed) "
        "vs headless TrainingRun, same process, medians",
        median([r.elapsed for r in reference]) * 1e3,
        "ms",
        median(alone) * 1e3,
    )
    emit_update_rate(f"long run ({LONG_EPOCHS:,} epochs, max speed)", long)
    emit_update_rate(f"slowed run ({SLOW_RATE} epochs/s)", slow)

    if profile:
        from event_profile import EventProfile

        with EventProfile(app) as events:
            run = train(window, probe, LONG_EPOCHS, 0, idle=False)
        print(f"# profile: largest gap {run.gaps.max():.1f} ms", file=sys.stderr)
        events.report(sys.stderr, probe.ticks)
    window.close_without_asking()
    app.processEvents()
    del config


if __name__ == "__main__":
    main(profile="--profile" in sys.argv[1:])
