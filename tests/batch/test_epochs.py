"""Evaluating rows of many rules epochs together gives, for every variable, what one evaluation
per epoch gives; the blocks of epochs found by incremental tracing are those of a whole trace."""

import datetime

import numpy as np
import pytest
from openfisca_core.periods import period as make_period

from sejour.batch import epochs
from sejour.batch.encode import encode
from sejour.batch.evaluate import epochs_of
from sejour.batch.synth import synth
from sejour.engine import DirectSimulation, _change_days
from sejour.rules import tax_benefit_system

TODAY = datetime.date(2026, 11, 22)
DAYS = tuple(datetime.date.fromisoformat(d) for d in _change_days())


@pytest.fixture(scope="module")
def sorted_rows():
    columns = encode(synth(6000, seed=11, today=TODAY), 1).columns
    epoch, days = epochs_of(columns["as_of"])
    keep = (epoch >= 0) & (columns["as_of"] <= np.datetime64(TODAY))
    order = np.argsort(np.where(keep, epoch, -1), kind="stable")[np.count_nonzero(~keep):]
    columns = {name: column[order] for name, column in columns.items()}
    epoch = epoch[order]
    bounds = np.flatnonzero(np.diff(epoch)) + 1
    spans = [(int(a), int(b), days[epoch[a]].astype(datetime.date)) for a, b in zip(np.r_[0, bounds], np.r_[bounds, len(epoch)])]
    return columns, spans


def test_every_variable_equals_one_evaluation_per_epoch(sorted_rows):
    columns, spans = sorted_rows
    assert len(spans) > 20  # the population spans most rules epochs
    together = epochs.EpochSimulation(columns, spans)
    period = make_period(TODAY.isoformat())
    for name in tax_benefit_system().variables:
        whole = np.asarray(together.calculate(name, period))
        for start, stop, day in spans:
            alone = np.asarray(DirectSimulation({k: v[start:stop] for k, v in columns.items()}, day).calculate(name, period))
            assert np.array_equal(whole[start:stop], alone, equal_nan=whole.dtype.kind in "fcmM"), (name, day)


@pytest.mark.parametrize("subset", [DAYS[3:9], DAYS[::3], DAYS[-1:]])
def test_blocks_of_some_days_are_the_blocks_of_all_days_restricted(subset):
    system = tax_benefit_system()
    every, some = epochs.blocks(system, DAYS), epochs.blocks(system, subset)
    index = [DAYS.index(day) for day in subset]
    for name, blocks in every.items():
        restricted = sorted(tuple(index.index(i) for i in block if i in index) for block in blocks if set(block) & set(index))
        assert restricted == sorted(some[name]), name


def test_a_parameter_read_by_a_variable_splits_its_blocks():
    blocks = epochs.blocks(tax_benefit_system(), DAYS)
    assert len(blocks["smic_monthly"]) > 5  # the SMIC changes most years
    assert len(blocks["nationality"]) == 1  # an input: one block
