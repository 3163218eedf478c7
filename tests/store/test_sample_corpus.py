"""The benchmarks' and parity tests' sample (bench/corpus.py) plans any size."""

import random

import pytest

from bench.corpus import Corpus


@pytest.mark.parametrize("messages", [10, 37, 100, 101, 2_000])
@pytest.mark.parametrize("seed", range(1, 13))
def test_conversation_sizes_add_up_for_small_samples(messages: int, seed: int) -> None:
    # (100 messages with seed 8 used to loop for ever: the caps could not hold
    # what was left over, and the loop only ever added below the cap.)
    corpus = Corpus(messages=messages, seed=seed)
    sizes = corpus._sizes(random.Random(seed), corpus.conversation_count, messages)
    assert len(sizes) == corpus.conversation_count
    assert sum(sizes) == messages
    assert min(sizes) >= 1
