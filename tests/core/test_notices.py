import numpy as np
import pytest

from core.dataset import flatten
from core.epoch_record import EpochRecord
from core.notices import (
    Divergence,
    NoticeDetector,
    NoticeKind,
    Oscillation,
    Overfitting,
    Plateau,
    Remedy,
)
from core.training import TrainingRun

EPOCHS = 600


def trace(train_loss, test_loss=None, train_acc=0.8):
    train_loss = np.broadcast_to(np.asarray(train_loss, float), (EPOCHS,))
    test_loss = train_loss + 0.1 if test_loss is None else np.asarray(test_loss, float)
    return [
        EpochRecord(e, float(train_loss[e]), train_acc, float(test_loss[e]), 0.7)
        for e in range(EPOCHS)
    ]


def healthy():
    """A run that learns: both losses fall smoothly towards a floor."""
    epochs = np.arange(EPOCHS)
    return trace(0.2 + 0.5 * np.exp(-epochs / 150), 0.35 + 0.4 * np.exp(-epochs / 150))


def kinds(records, batch=37):
    detector = NoticeDetector()
    for first in range(0, len(records), batch):
        detector.feed(records[first : first + batch])
    return detector.notices


def test_nothing_fires_on_a_healthy_run():
    assert kinds(healthy()) == []


def test_only_a_plateau_fires_on_a_flat_run_with_mistakes_left():
    notices = kinds(trace(0.5))
    assert [type(n) for n in notices] == [Plateau]
    assert notices[0].epoch == 100 and notices[0].relative_change == 0.0


def test_a_flat_run_with_every_training_picture_right_has_converged_no_notice():
    assert kinds(trace(0.01, train_acc=1.0)) == []


def test_divergence_fires_when_the_loss_grows_a_hundredfold_and_suggests_halving():
    loss = 0.7 * 1.5 ** np.arange(EPOCHS, dtype=float).clip(max=30)
    notices = [n for n in kinds(trace(loss)) if isinstance(n, Divergence)]
    assert len(notices) == 1
    notice = notices[0]
    assert notice.kind is NoticeKind.DIVERGENCE and notice.remedy is Remedy.HALVE_LEARNING_RATE
    assert notice.epoch == 12  # 1.5¹² ≈ 130, 1.5¹¹ ≈ 86
    assert notice.factor >= 100 and notice.lowest_epoch == 0


def test_oscillation_fires_on_a_loss_that_goes_up_every_other_epoch():
    epochs = np.arange(EPOCHS)
    loss = 0.7 * np.exp(-epochs / 300) + 0.05 * (epochs % 2)
    notices = kinds(trace(loss))
    assert [type(n) for n in notices] == [Oscillation]
    assert notices[0].epoch == 20 and notices[0].rises == 10
    assert notices[0].largest_rise == pytest.approx(0.05, abs=0.005)


def test_overfitting_fires_after_the_test_loss_turns_and_names_its_lowest_epoch():
    epochs = np.arange(EPOCHS)
    train_loss = 0.2 + 0.5 * np.exp(-epochs / 150)
    test_loss = 0.5 + 1e-5 * (epochs - 200) ** 2  # lowest at epoch 200
    notices = kinds(trace(train_loss, test_loss))
    assert [type(n) for n in notices] == [Overfitting]
    notice = notices[0]
    assert notice.best_epoch in (200, 201) and notice.remedy is Remedy.GO_TO_EPOCH
    assert notice.epoch - notice.best_epoch >= 50
    assert notice.test_loss >= 1.02 * notice.best_test_loss
    assert notice.train_loss_drop > 0


def test_an_overfitting_notice_measured_later_says_where_the_run_got_to_while_it_holds():
    epochs = np.arange(EPOCHS)
    train_loss = 0.2 + 0.5 * np.exp(-epochs / 150)
    test_loss = 0.5 + 1e-5 * (epochs - 200) ** 2
    records = trace(train_loss, test_loss)
    (notice,) = kinds(records)
    later = notice.later(records[-2], records[-1])
    assert later is not None and later.epoch == EPOCHS - 1
    assert later.best_epoch == notice.best_epoch and later.best_test_loss == notice.best_test_loss
    assert later.test_loss == pytest.approx((test_loss[-2] + test_loss[-1]) / 2)
    assert later.train_loss_drop == pytest.approx(notice.best_train_loss - train_loss[-1])
    assert notice.later(records[notice.epoch - 1], records[notice.epoch]) is None  # not later

    back = trace(train_loss, np.where(epochs > 400, 0.45, test_loss))  # back below its lowest
    assert notice.later(back[-2], back[-1]) is None
    flat = trace(np.where(epochs > 400, 0.9, train_loss), test_loss)  # train loss risen again
    assert notice.later(flat[-2], flat[-1]) is None


def test_a_test_loss_lowest_at_the_random_start_is_not_overfitting():
    epochs = np.arange(EPOCHS)
    notices = kinds(trace(0.2 + 0.5 * np.exp(-epochs / 150), 0.6 + 0.0005 * epochs))
    assert notices == []


def test_batches_of_any_size_fire_the_same_notices():
    epochs = np.arange(EPOCHS)
    loss = 0.7 * np.exp(-epochs / 300) + 0.05 * (epochs % 2)
    records = trace(loss, 0.5 + 1e-5 * (epochs - 200) ** 2)
    assert kinds(records, batch=1) == kinds(records, batch=64) == kinds(records, batch=EPOCHS)


def test_on_the_article_run_the_early_zigzag_and_the_late_overfitting_fire(real_data):
    run = TrainingRun(
        flatten(real_data.train_images),
        real_data.train_labels,
        flatten(real_data.test_images),
        real_data.test_labels,
    )
    records = list(run)
    notices = kinds(records, batch=64)
    oscillation, overfitting = notices  # no divergence, no plateau
    assert isinstance(oscillation, Oscillation) and oscillation.epoch == 20
    assert oscillation.rises == 10  # the train loss rose on every other epoch
    assert isinstance(overfitting, Overfitting)
    assert 300 <= overfitting.best_epoch <= 450 < overfitting.epoch <= 1000
    assert records[-1].test_loss > 1.05 * overfitting.best_test_loss
    assert records[-1].train_loss < records[overfitting.best_epoch].train_loss
